using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using WsisBot.Bot.Channels.DirectLine;
using WsisBot.Testing;

namespace WsisBot.Tests.DirectLine;

/// <summary>
/// What the web chat page does after a reload: asks <c>POST /api/directline/token</c> for its conversation again with the
/// resume key it kept, and reconnects with the token it gets.
/// </summary>
public class ResumeTests(BotFixture fixture) : IClassFixture<BotFixture>
{
    private HttpClient Http => fixture.Bot.Client;

    [Fact]
    public async Task A_page_gets_a_fresh_token_for_its_conversation_and_its_history_back()
    {
        var grant = await PageTokenAsync(Http, body: null);
        var chat = await DirectLineClient.StartAsync(Http, bearer: grant.GetProperty("token").GetString());
        var question = await chat.PostAsync(chat.Message("aide"));
        await chat.PollForAsync(a => a.IsReplyTo(question));

        var resumed = await PageTokenAsync(Http, new { conversationId = chat.ConversationId, resume = grant.GetProperty("resume").GetString() });
        var again = new DirectLineClient(Http, resumed.GetProperty("token").GetString()!, chat.ConversationId, streamUrl: "");
        using var reconnect = await again.ReconnectAsync(watermark: null);
        var (history, _) = await again.GetActivitiesAsync();
        var next = await again.PostAsync(again.Message("help", "en-US"));

        Assert.Equal(chat.ConversationId, resumed.GetProperty("conversationId").GetString());
        Assert.NotEqual(grant.GetProperty("token").GetString(), again.Token);
        Assert.Equal(chat.UserId, again.UserId);
        Assert.Equal(HttpStatusCode.OK, reconnect.StatusCode);
        Assert.Contains(history, a => a.TryGetProperty("text", out var t) && t.GetString() == "aide");
        Assert.Contains(history, a => a.IsReplyTo(question));
        await again.PollForAsync(a => a.IsReplyTo(next));
    }

    [Fact]
    public async Task A_key_that_is_not_the_conversations_is_refused_in_both_languages()
    {
        var mine = await PageTokenAsync(Http, body: null);
        var theirs = await PageTokenAsync(Http, body: null);
        await DirectLineClient.StartAsync(Http, bearer: theirs.GetProperty("token").GetString());

        using var forged = await PostTokenAsync(Http, new { conversationId = theirs.GetProperty("conversationId").GetString(), resume = "bm90LWEta2V5.AAAA" });
        using var another = await PostTokenAsync(Http, new { conversationId = theirs.GetProperty("conversationId").GetString(), resume = mine.GetProperty("resume").GetString() });

        foreach (var refused in new[] { forged, another })
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            var detail = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();
            Assert.Contains("ne peut pas être reprise", detail, StringComparison.Ordinal);
            Assert.Contains("cannot be resumed", detail, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Half_a_resume_request_or_one_that_is_not_json_is_a_400()
    {
        using var noKey = await PostTokenAsync(Http, new { conversationId = "abc" });
        using var notJson = await DirectLineClient.SendAsync(Http, HttpMethod.Post, TokenPath, bearer: null, DirectLineClient.Raw("{conversationId:"));

        Assert.Equal(HttpStatusCode.BadRequest, noKey.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
    }

    [Fact]
    public async Task A_conversation_past_the_retention_cannot_be_resumed()
    {
        var databasePath = TempFiles.NewDatabasePath();
        JsonElement grant;
        string conversationId;
        await using (var january = await BotServer.StartAsync(new Dictionary<string, string?> { ["Clock:Now"] = "2026-01-05T09:00:00Z" }, databasePath))
        {
            grant = await PageTokenAsync(january.Client, body: null);
            var chat = await DirectLineClient.StartAsync(january.Client, bearer: grant.GetProperty("token").GetString());
            await chat.PostAsync(chat.Message("aide"));
            conversationId = chat.ConversationId;
        }

        await using var july = await BotServer.StartAsync(
            new Dictionary<string, string?> { ["Clock:Now"] = "2026-07-01T09:00:00Z", ["Privacy:TranscriptRetentionDays"] = "90" },
            databasePath);
        var body = new { conversationId, resume = grant.GetProperty("resume").GetString() };

        HttpStatusCode status;
        for (var i = 0; (status = await StatusOfAsync(july.Client, body)) == HttpStatusCode.OK && i < 100; i++)
        {
            await Task.Delay(100); // until the start-up purge has run
        }

        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Fact]
    public async Task With_the_secret_the_page_resumes_through_the_configured_direct_lines_reconnect()
    {
        const string secret = "a-direct-line-secret-for-resume-tests-0123";
        await using var directLine = await BotServer.StartAsync(new Dictionary<string, string?> { ["DirectLine:Secret"] = secret });
        await using var site = await BotServer.StartAsync(new Dictionary<string, string?>
        {
            ["DirectLine:Secret"] = secret,
            ["DirectLine:TokenEndpoint"] = directLine.BaseAddress.ToString().TrimEnd('/') + "/v3/directline/tokens/generate",
        });
        var grant = await PageTokenAsync(site.Client, body: null);
        var chat = await DirectLineClient.StartAsync(directLine.Client, bearer: grant.GetProperty("token").GetString());

        var resumed = await PageTokenAsync(site.Client, new { conversationId = chat.ConversationId, resume = grant.GetProperty("resume").GetString() });
        using var unknown = await PostTokenAsync(site.Client, new { conversationId = "never-started", resume = await ResumeKeyFor(site, "never-started", chat.UserId) });

        Assert.Equal(chat.ConversationId, resumed.GetProperty("conversationId").GetString());
        var again = new DirectLineClient(directLine.Client, resumed.GetProperty("token").GetString()!, chat.ConversationId, streamUrl: "");
        Assert.Equal(chat.UserId, again.UserId);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private const string TokenPath = "/api/directline/token";

    private static async Task<string> ResumeKeyFor(BotServer bot, string conversationId, string userId) =>
        await bot.Services.GetRequiredService<ResumeKeys>().IssueAsync(conversationId, userId, CancellationToken.None);

    private static async Task<HttpStatusCode> StatusOfAsync(HttpClient http, object body)
    {
        using var response = await PostTokenAsync(http, body);
        return response.StatusCode;
    }

    private static Task<HttpResponseMessage> PostTokenAsync(HttpClient http, object? body) =>
        DirectLineClient.SendAsync(http, HttpMethod.Post, TokenPath, bearer: null, body is null ? null : JsonContent.Create(body));

    private static async Task<JsonElement> PageTokenAsync(HttpClient http, object? body)
    {
        using var response = await PostTokenAsync(http, body);
        Assert.True(response.IsSuccessStatusCode, $"{TokenPath} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
