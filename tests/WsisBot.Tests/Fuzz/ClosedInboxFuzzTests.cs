using WsisBot.Testing;

namespace WsisBot.Tests.Fuzz;

/// <summary>
/// Without any sign-in configured the app maps the inbox as one catch-all route that answers 503 and how to set
/// it up; hostile requests get that 503 (on purpose) and nothing else.
/// </summary>
public class ClosedInboxFuzzTests(BotFixture fixture) : IClassFixture<BotFixture>
{
    private const int Seed = 20260307;
    private const int Count = 60;

    [Fact]
    public async Task Hostile_requests_to_the_closed_inbox_get_its_503()
    {
        var inbox = MappedRoute.Discover(fixture.Bot.Services).Where(r => r.Template.StartsWith("/inbox", StringComparison.Ordinal)).ToList();
        Assert.Equal("/inbox/{**rest}", Assert.Single(inbox).Template);
        var chat = await DirectLineClient.StartAsync(fixture.Bot.Client);
        var targets = new FuzzTargets(chat.ConversationId, chat.Token, chat.ConversationId, chat.Token, 1, "closed-inbox", fixture.Sink.ServiceUrl, ("", ""), ("", ""));
        using var client = FuzzRequests.CreateClient(fixture.Bot.BaseAddress);
        var random = new Random(Seed);
        var failures = new List<string>();

        for (var i = 0; i < Count; i++)
        {
            using var request = FuzzRequests.Next(random, inbox[0], targets);
            using var response = await client.SendAsync(request.Message);
            if (ExpectedStatuses.For(request)?.Contains((int)response.StatusCode) != true)
            {
                failures.Add($"{request.Description}: {(int)response.StatusCode}");
            }
        }

        Assert.Empty(failures);
        await StillServing.AssertHealthyAsync(fixture.Bot);
        StillServing.AssertNoErrorsLogged(fixture.Bot);
    }
}
