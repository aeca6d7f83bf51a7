using System.Net;

namespace WsisBot.Tests.BotConnector;

public class RateLimitTests(BotFixture fixture) : IClassFixture<BotFixture>
{
    [Fact]
    public async Task A_conversation_posting_100_activities_at_once_is_rate_limited_not_crashed()
    {
        var conversation = fixture.NewConversation();

        var responses = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => conversation.PostAsync(conversation.Message("help"))));

        var codes = responses.Select(r => r.StatusCode).ToList();
        foreach (var response in responses)
        {
            response.Dispose();
        }

        Assert.Contains(HttpStatusCode.TooManyRequests, codes);
        Assert.Contains(HttpStatusCode.OK, codes);
        Assert.All(codes, c => Assert.True(c is HttpStatusCode.OK or HttpStatusCode.TooManyRequests, $"unexpected {c}"));
        var other = fixture.NewConversation();
        Assert.Contains("Here is what I can do", (await other.AskAsync("help")).Text, StringComparison.Ordinal);
    }
}
