using System.Net;
using WsisBot.Testing;

namespace WsisBot.Tests.Fuzz;

/// <summary>Random and malformed input against the running app: never a 500, the process stays up, the conversation still works.</summary>
public class MessagesFuzzTests(BotFixture fixture) : IClassFixture<BotFixture>
{
    private const int Seed = 20260303;
    private const int Count = 240;

    private static readonly HashSet<HttpStatusCode> Allowed =
    [
        HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.RequestEntityTooLarge,
        HttpStatusCode.UnsupportedMediaType, HttpStatusCode.NotImplemented, HttpStatusCode.TooManyRequests,
    ];

    [Fact]
    public async Task Hostile_activities_never_break_the_bot()
    {
        var conversationId = $"fuzz-{Guid.NewGuid():N}";
        var failures = new List<string>();

        foreach (var input in FuzzInputs.Generate(Seed, Count, conversationId, fixture.Sink.ServiceUrl))
        {
            using var content = input.Content();

            using var response = await fixture.Bot.Client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
            if (!Allowed.Contains(response.StatusCode))
            {
                failures.Add($"{input.Name}: {(int)response.StatusCode}");
            }
        }

        Assert.Empty(failures);
        await StillServing.AssertHealthyAsync(fixture.Bot);
        await StillServing.AssertAnswersAsync(new ConnectorConversation(fixture.Bot.Client, fixture.Sink, conversationId) { UserId = "fuzz-user", BotId = "bot" });
        StillServing.AssertNoErrorsLogged(fixture.Bot);
    }
}
