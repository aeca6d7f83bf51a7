using WsisBot.Testing;

namespace WsisBot.Tests.Fuzz;

/// <summary>The hostile activities of <see cref="MessagesFuzzTests"/>, posted to a Direct Line conversation with its token.</summary>
[Collection(FuzzCollection.Name)]
public class DirectLineActivityFuzzTests(FuzzFixture fixture)
{
    private const int Seed = 20260308;
    private const int Count = 240;

    [Fact]
    public async Task Hostile_activities_never_break_a_direct_line_conversation()
    {
        var chat = fixture.Fuzzed;
        var route = MappedRoute.Discover(fixture.Bot.Services).Single(r => r.Template == "/v3/directline/conversations/{conversationId}/activities");
        var expected = ExpectedStatuses.For(route, isRoutedMethod: true)!;
        var failures = new List<string>();

        foreach (var input in FuzzInputs.Generate(Seed, Count, chat.ConversationId, fixture.Sink.ServiceUrl))
        {
            using var content = input.Content();

            using var response = await DirectLineClient.SendAsync(
                fixture.Bot.Client, HttpMethod.Post, $"{DirectLineClient.Base}/conversations/{chat.ConversationId}/activities", chat.Token, content);
            if (!expected.Contains((int)response.StatusCode))
            {
                failures.Add($"{input.Name}: {(int)response.StatusCode}");
            }
        }

        Assert.Empty(failures);
        await StillServing.AssertHealthyAsync(fixture.Bot);
        await StillServing.AssertAnswersAsync(chat);
        StillServing.AssertNoErrorsLogged(fixture.Bot);
    }
}
