using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WsisBot.Testing;

namespace WsisBot.Tests.DirectLine;

/// <summary>With DirectLine:Secret set: tokens only for the secret's holder, and the token endpoint the page uses.</summary>
public class SecretTests(SecretTests.Fixture fixture) : IClassFixture<SecretTests.Fixture>
{
    public const string Secret = "a-direct-line-secret-for-tests-0123456789";

    public sealed class Fixture : BotFixture
    {
        protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
        {
            ["Clock:Now"] = "2026-03-03T09:00:00Z",
            ["DirectLine:Secret"] = Secret,
        };
    }

    private HttpClient Http => fixture.Bot.Client;

    [Fact]
    public async Task Generating_a_token_takes_the_secret()
    {
        using var anonymous = await DirectLineClient.SendAsync(Http, HttpMethod.Post, "/v3/directline/tokens/generate", bearer: null);
        using var wrong = await DirectLineClient.SendAsync(Http, HttpMethod.Post, "/v3/directline/tokens/generate", bearer: "not-the-secret-at-all-0000");
        using var right = await DirectLineClient.SendAsync(Http, HttpMethod.Post, "/v3/directline/tokens/generate", bearer: Secret,
            JsonContent.Create(new { user = new { id = "dl_chosen-by-the-site" } }));

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        var body = await right.Content.ReadFromJsonAsync<JsonElement>();
        var client = await DirectLineClient.StartAsync(Http, bearer: body.GetProperty("token").GetString());
        Assert.Equal("dl_chosen-by-the-site", client.UserId);
    }

    [Fact]
    public async Task Anonymous_clients_cannot_start_conversations()
    {
        using var response = await DirectLineClient.SendAsync(Http, HttpMethod.Post, "/v3/directline/conversations", bearer: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_secret_opens_any_conversation_and_posts_need_a_sender()
    {
        var client = await DirectLineClient.StartAsync(Http, bearer: Secret);
        var withSecret = new DirectLineClient(Http, Secret, client.ConversationId, client.StreamUrl);
        var anonymousSender = client.Message("aide");
        anonymousSender.Remove("from");

        using var refused = await withSecret.PostActivityAsync(anonymousSender);
        var id = await withSecret.PostAsync(withSecret.Message("aide"));
        using var reconnect = await withSecret.ReconnectAsync(watermark: "1");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, reconnect.StatusCode);
        Assert.DoesNotContain(Secret, withSecret.StreamUrl, StringComparison.Ordinal);
        await using var socket = await withSecret.ConnectAsync();
        await socket.WaitForAsync(a => a.IsReplyTo(id));
    }

    [Fact]
    public async Task The_page_token_endpoint_exchanges_the_secret_at_the_configured_direct_line()
    {
        var directLine = fixture.Bot.BaseAddress.ToString().TrimEnd('/') + "/v3/directline";
        await using var site = await BotServer.StartAsync(new Dictionary<string, string?>
        {
            ["DirectLine:Secret"] = Secret,
            ["DirectLine:TokenEndpoint"] = directLine + "/tokens/generate",
        });

        using var response = await site.Client.PostAsync(new Uri("/api/directline/token", UriKind.Relative), content: null);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(directLine, body.GetProperty("domain").GetString());
        Assert.DoesNotContain(Secret, body.GetRawText(), StringComparison.Ordinal);
        var client = await DirectLineClient.StartAsync(Http, bearer: body.GetProperty("token").GetString());
        Assert.Equal(body.GetProperty("conversationId").GetString(), client.ConversationId);
        Assert.StartsWith("dl_", client.UserId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_token_endpoint_says_so_when_direct_line_is_unreachable()
    {
        await using var site = await BotServer.StartAsync(new Dictionary<string, string?>
        {
            ["DirectLine:Secret"] = Secret,
            ["DirectLine:TokenEndpoint"] = "http://127.0.0.1:9/v3/directline/tokens/generate",
        });

        using var response = await site.Client.PostAsync(new Uri("/api/directline/token", UriKind.Relative), content: null);

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        var detail = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();
        Assert.Contains("indisponible", detail, StringComparison.Ordinal);
        Assert.Contains("unavailable", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_configured_origins_may_fetch_page_tokens_from_the_browser()
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/directline/token");
        preflight.Headers.Add("Origin", "https://elsewhere.example");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");

        using var response = await Http.SendAsync(preflight);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }
}
