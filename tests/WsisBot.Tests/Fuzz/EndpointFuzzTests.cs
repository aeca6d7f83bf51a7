using Xunit.Abstractions;

namespace WsisBot.Tests.Fuzz;

/// <summary>
/// Hostile requests against every route the running app maps, found from its endpoints: only planned statuses
/// (never an unplanned 5xx), the process stays up, no conversation is stuck, nothing is logged as an error.
/// </summary>
[Collection(FuzzCollection.Name)]
public class EndpointFuzzTests(FuzzFixture fixture, ITestOutputHelper output)
{
    private const int Seed = 20260304;

    /// <summary>Rounds over the routes; in each, a route that takes POST (a body) gets two requests, the others one.</summary>
    private const int Rounds = 40;

    [Fact]
    public async Task Hostile_requests_on_every_mapped_route_get_only_planned_statuses()
    {
        var routes = MappedRoute.Discover(fixture.Bot.Services);
        Assert.Contains(routes, r => r.Template == "/api/messages");
        Assert.Contains(routes, r => r.Template == "/v3/directline/conversations/{conversationId}/stream");
        Assert.Contains(routes, r => r.Template == "/inbox/tickets/{id:long}");
        Assert.Contains(routes, r => r.Template == "/index.html");
        var targets = FuzzTargets.Of(fixture);
        using var client = FuzzRequests.CreateClient(fixture.Bot.BaseAddress);
        var random = new Random(Seed);
        var failures = new List<string>();
        var seen = new SortedDictionary<string, SortedDictionary<int, int>>(StringComparer.Ordinal);

        var round = routes.SelectMany(r => Enumerable.Repeat(r, r.Methods?.Contains("POST") != false ? 2 : 1)).ToList();
        var sweep = routes.Where(r => !r.IsStaticFile).SelectMany(r => FuzzRequests.Sweep(random, r, targets));
        var draws = Enumerable.Range(0, Rounds * round.Count).Select(i => FuzzRequests.Next(random, round[i % round.Count], targets));
        foreach (var next in sweep.Concat(draws))
        {
            using var request = next;
            var status = await SendAsync(client, request.Message);
            Count(seen, $"{request.Route} ({(request.IsRoutedMethod ? "its methods" : "other methods")})", status);
            var expected = ExpectedStatuses.For(request);
            if (expected is null || !expected.Contains(status))
            {
                failures.Add($"{request.Description}: {(status == 0 ? "no response" : status)}{Unplanned(expected)}");
            }
        }

        output.WriteLine(string.Join('\n', seen.Select(s => $"{s.Key}: {string.Join(" ", s.Value.Select(c => $"{c.Key}×{c.Value}"))}")));
        output.WriteLine(string.Join('\n', failures.Prepend($"{failures.Count} unplanned:")));
        Assert.Empty(failures);
        await StillServing.AssertHealthyAsync(fixture.Bot);
        await StillServing.AssertAnswersAsync(fixture.Fuzzed);
        await StillServing.AssertAnswersAsync(fixture.Other);
        await StillServing.AssertAnswersAsync(fixture.Connector);
        StillServing.AssertNoErrorsLogged(fixture.Bot);
    }

    [Fact]
    public async Task Requests_broken_on_the_wire_are_refused_without_a_5xx_or_a_hang()
    {
        var routes = MappedRoute.Discover(fixture.Bot.Services);
        var targets = FuzzTargets.Of(fixture);
        var random = new Random(Seed);
        var failures = new List<string>();

        foreach (var route in routes)
        {
            var expected = ExpectedStatuses.For(route, isRoutedMethod: true);
            foreach (var method in route.Methods ?? ["POST"])
            {
                var target = route.Pattern is null ? route.Template : RouteValues.Fill(random, route.Pattern, targets, real: true);
                foreach (var request in WireRequests.For(method, target, fixture.Bot.BaseAddress, targets))
                {
                    using var connection = await RawConnection.OpenAsync(fixture.Bot.BaseAddress);
                    await connection.SendAsync(request.Bytes);
                    if (request.EndSending)
                    {
                        connection.EndSending();
                    }

                    // 0: the server closed the connection without an answer, which a broken request may get.
                    var status = await connection.ReadStatusAsync(TimeSpan.FromSeconds(10));
                    if (status != 0 && expected?.Contains(status) != true)
                    {
                        failures.Add($"{method} {route.Template}, {request.Name}: {(status < 0 ? "no answer within 10 s" : status)}{Unplanned(expected)}");
                    }
                }
            }
        }

        output.WriteLine(string.Join('\n', failures.Prepend($"{failures.Count} unplanned:")));
        Assert.Empty(failures);
        await StillServing.AssertHealthyAsync(fixture.Bot);
        await StillServing.AssertAnswersAsync(fixture.Fuzzed);
        StillServing.AssertNoErrorsLogged(fixture.Bot);
    }

    private static string Unplanned(IReadOnlySet<int>? expected) => expected is null ? " (no planned statuses for this route: add it to ExpectedStatuses)" : "";

    private static void Count(SortedDictionary<string, SortedDictionary<int, int>> seen, string key, int status)
    {
        var statuses = seen.TryGetValue(key, out var known) ? known : seen[key] = [];
        statuses[status] = statuses.GetValueOrDefault(status) + 1;
    }

    /// <summary>The status, or 0 when the connection ended without one.</summary>
    private static async Task<int> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        try
        {
            using var response = await client.SendAsync(request);
            await response.Content.ReadAsByteArrayAsync();
            return (int)response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return 0;
        }
    }
}
