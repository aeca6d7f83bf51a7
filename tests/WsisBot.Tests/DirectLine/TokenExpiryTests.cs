using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WsisBot.Testing;

namespace WsisBot.Tests.DirectLine;

/// <summary>Tokens live 3 s here. Each test first starts a throwaway conversation so the timed one is not slowed by a cold start.</summary>
public class TokenExpiryTests(TokenExpiryTests.Fixture fixture) : IClassFixture<TokenExpiryTests.Fixture>
{
    public sealed class Fixture : BotFixture
    {
        protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
        {
            ["Clock:Now"] = "2026-03-03T09:00:00Z",
            ["DirectLine:TokenLifetime"] = "00:00:03",
        };
    }

    [Fact]
    public async Task An_expired_token_is_a_403_everywhere_and_cannot_be_refreshed()
    {
        await DirectLineClient.StartAsync(fixture.Bot.Client);
        var client = await DirectLineClient.StartAsync(fixture.Bot.Client);
        Assert.NotNull(await client.PostAsync(client.Message("aide")));

        await Task.Delay(TimeSpan.FromSeconds(3.2));

        using var post = await client.PostActivityAsync(client.Message("aide"));
        using var poll = await DirectLineClient.SendAsync(fixture.Bot.Client, HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}/activities", client.Token);
        using var reconnect = await client.ReconnectAsync(watermark: null);
        using var refresh = await DirectLineClient.SendAsync(fixture.Bot.Client, HttpMethod.Post, "/v3/directline/tokens/refresh", client.Token);

        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, poll.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, reconnect.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refresh.StatusCode);
    }

    [Fact]
    public async Task A_token_refreshed_in_time_outlives_the_first()
    {
        await DirectLineClient.StartAsync(fixture.Bot.Client);
        var issued = System.Diagnostics.Stopwatch.StartNew();
        var client = await DirectLineClient.StartAsync(fixture.Bot.Client);

        // Refreshed 2 s into the first token's 3 s, used 3.3 s in: the first has expired, the second has 1.7 s left,
        // a margin a loaded machine's request latency stays well inside (the new token goes first for that reason).
        async Task At(double seconds)
        {
            var left = TimeSpan.FromSeconds(seconds) - issued.Elapsed;
            if (left > TimeSpan.Zero)
            {
                await Task.Delay(left);
            }
        }

        await At(2);
        using var refresh = await DirectLineClient.SendAsync(fixture.Bot.Client, HttpMethod.Post, "/v3/directline/tokens/refresh", client.Token);
        Assert.Equal(HttpStatusCode.OK, refresh.StatusCode);
        var token = (await refresh.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
        await At(3.3);

        using var withNew = await client.PostActivityAsync(client.Message("aide"), bearer: token);
        using var withOld = await client.PostActivityAsync(client.Message("aide"));
        Assert.Equal(HttpStatusCode.OK, withNew.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, withOld.StatusCode);
    }
}
