using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using WsisBot.Testing;
using WsisBot.Tests.Fuzz;

namespace WsisBot.Tests.DirectLine;

public class BadInputTests(BotFixture fixture) : IClassFixture<BotFixture>
{
    private HttpClient Http => fixture.Bot.Client;

    [Fact]
    public async Task An_unknown_conversation_is_a_404()
    {
        using var generated = await DirectLineClient.SendAsync(Http, HttpMethod.Post, "/v3/directline/tokens/generate", bearer: null);
        var body = await generated.Content.ReadFromJsonAsync<JsonElement>();
        var neverStarted = new DirectLineClient(Http, body.GetProperty("token").GetString()!, body.GetProperty("conversationId").GetString()!, streamUrl: "");

        using var post = await neverStarted.PostActivityAsync(neverStarted.Message("aide"));
        using var poll = await DirectLineClient.SendAsync(Http, HttpMethod.Get, $"/v3/directline/conversations/{neverStarted.ConversationId}/activities", neverStarted.Token);
        using var reconnect = await neverStarted.ReconnectAsync(watermark: null);

        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, poll.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, reconnect.StatusCode);
        Assert.Equal("application/problem+json", post.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_token_for_another_conversation_is_a_403()
    {
        var mine = await DirectLineClient.StartAsync(Http);
        var theirs = await DirectLineClient.StartAsync(Http);
        var intruder = new DirectLineClient(Http, mine.Token, theirs.ConversationId, streamUrl: "");

        using var post = await intruder.PostActivityAsync(intruder.Message("aide"));
        using var poll = await DirectLineClient.SendAsync(Http, HttpMethod.Get, $"/v3/directline/conversations/{theirs.ConversationId}/activities", mine.Token);
        using var reconnect = await intruder.ReconnectAsync(watermark: null);
        var stream = new Uri(theirs.StreamUrl.Replace(Uri.EscapeDataString(theirs.Token), Uri.EscapeDataString(mine.Token), StringComparison.Ordinal));
        var socket = await Assert.ThrowsAsync<System.Net.WebSockets.WebSocketException>(() => DirectLineSocket.ConnectAsync(stream));

        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, poll.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, reconnect.StatusCode);
        Assert.Contains("403", socket.Message, StringComparison.Ordinal);
        var (activities, _) = await theirs.GetActivitiesAsync();
        Assert.Single(activities);
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJjb252IjoieCIsInVzZXIiOiJ5IiwiaWF0IjoxLCJleHAiOjQxMDI0NDQ4MDB9.c2lnbmF0dXJl")]
    public async Task A_wrong_token_is_a_403(string token)
    {
        var client = await DirectLineClient.StartAsync(Http);

        using var post = await client.PostActivityAsync(client.Message("aide"), bearer: token);
        using var refresh = await DirectLineClient.SendAsync(Http, HttpMethod.Post, "/v3/directline/tokens/refresh", token);

        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refresh.StatusCode);
    }

    [Fact]
    public async Task A_tampered_token_is_a_403()
    {
        var client = await DirectLineClient.StartAsync(Http);
        var other = await DirectLineClient.StartAsync(Http);
        var parts = client.Token.Split('.');
        var otherParts = other.Token.Split('.');

        using var post = await other.PostActivityAsync(other.Message("aide"), bearer: $"{parts[0]}.{otherParts[1]}.{parts[2]}");

        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
    }

    [Fact]
    public async Task No_token_is_a_401()
    {
        var client = await DirectLineClient.StartAsync(Http);

        using var poll = await DirectLineClient.SendAsync(Http, HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}/activities", bearer: null);

        Assert.Equal(HttpStatusCode.Unauthorized, poll.StatusCode);
    }

    [Theory]
    [InlineData("{not json", HttpStatusCode.BadRequest, "not a valid activity")]
    [InlineData("null", HttpStatusCode.BadRequest, "empty")]
    [InlineData("""{"text":"no type"}""", HttpStatusCode.BadRequest, "'type'")]
    [InlineData("""{"type":42}""", HttpStatusCode.BadRequest, "not a valid activity")]
    [InlineData("""[{"type":"message"}]""", HttpStatusCode.BadRequest, "not a valid activity")]
    public async Task A_malformed_activity_is_a_400_problem(string body, HttpStatusCode status, string detail)
    {
        var client = await DirectLineClient.StartAsync(Http);

        using var response = await DirectLineClient.SendAsync(
            Http, HttpMethod.Post, $"/v3/directline/conversations/{client.ConversationId}/activities", client.Token, DirectLineClient.Raw(body));

        Assert.Equal(status, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(detail, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_huge_activity_is_a_413_and_the_conversation_goes_on()
    {
        var client = await DirectLineClient.StartAsync(Http);

        using var huge = await client.PostActivityAsync(client.Message(new string('x', 300 * 1024)));
        var id = await client.PostAsync(client.Message("aide"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        await client.PollForAsync(a => a.IsReplyTo(id));
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_415()
    {
        var client = await DirectLineClient.StartAsync(Http);

        using var response = await DirectLineClient.SendAsync(
            Http, HttpMethod.Post, $"/v3/directline/conversations/{client.ConversationId}/activities", client.Token, DirectLineClient.Raw("type=message", "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task A_body_with_a_malformed_chunk_is_a_400_not_a_logged_500()
    {
        var client = await DirectLineClient.StartAsync(Http);
        using var connection = await RawConnection.OpenAsync(fixture.Bot.BaseAddress);

        await connection.SendAsync(Encoding.ASCII.GetBytes(
            $"POST /v3/directline/conversations/{client.ConversationId}/activities HTTP/1.1\r\nHost: {fixture.Bot.BaseAddress.Authority}\r\n" +
            $"Authorization: Bearer {client.Token}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n" +
            "zz\r\n{\"type\":\"message\"}\r\n0\r\n\r\n"));

        Assert.Equal(400, await connection.ReadStatusAsync(TimeSpan.FromSeconds(10)));
        Assert.DoesNotContain(fixture.Bot.Logs.Lines, l => l.Exception?.Contains("BadHttpRequestException", StringComparison.Ordinal) == true);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    public async Task A_watermark_that_is_not_ours_is_a_400(string watermark)
    {
        var client = await DirectLineClient.StartAsync(Http);

        using var response = await DirectLineClient.SendAsync(Http, HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}/activities?watermark={watermark}", client.Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_start_body_that_is_not_json_is_a_400()
    {
        using var response = await DirectLineClient.SendAsync(Http, HttpMethod.Post, "/v3/directline/conversations", bearer: null, DirectLineClient.Raw("{user:"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Uploads_are_declined_politely_in_both_languages()
    {
        var client = await DirectLineClient.StartAsync(Http);

        using var response = await DirectLineClient.SendAsync(
            Http, HttpMethod.Post, $"/v3/directline/conversations/{client.ConversationId}/upload?userId=x", client.Token, new MultipartFormDataContent { { new StringContent("a file"), "file", "notes.txt" } });

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        var detail = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();
        Assert.Contains("fichiers", detail, StringComparison.Ordinal);
        Assert.Contains("files", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stream_request_that_is_not_a_websocket_is_a_400()
    {
        var client = await DirectLineClient.StartAsync(Http);

        using var response = await DirectLineClient.SendAsync(Http, HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}/stream?t={client.Token}", bearer: null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_client_posting_100_activities_a_second_is_rate_limited_not_crashed()
    {
        var client = await DirectLineClient.StartAsync(Http);

        var responses = await Task.WhenAll(Enumerable.Range(0, 100).Select(async i =>
        {
            await Task.Delay(i * 10);
            using var response = await client.PostActivityAsync(client.Message($"message {i}"));
            return (response.StatusCode, RetryAfter: response.Headers.RetryAfter?.Delta);
        }));

        var limited = responses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.True(limited.Count >= 50, $"{limited.Count} of 100 were limited");
        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.OK or HttpStatusCode.TooManyRequests, r.StatusCode.ToString()));
        Assert.All(limited, r => Assert.True(r.RetryAfter >= TimeSpan.FromSeconds(1)));

        var other = await DirectLineClient.StartAsync(Http);
        var id = await other.PostAsync(other.Message("aide"));
        await other.PollForAsync(a => a.IsReplyTo(id));
        await Task.Delay(TimeSpan.FromSeconds(1.2));
        var again = await client.PostAsync(client.Message("aide"));
        await client.PollForAsync(a => a.IsReplyTo(again));
    }

    [Fact]
    public async Task Cross_origin_pages_may_call_direct_line_with_its_headers()
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/v3/directline/conversations");
        preflight.Headers.Add("Origin", "https://www.wsis.org");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-ms-bot-agent");

        using var response = await Http.SendAsync(preflight);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var allowed = string.Join(",", response.Headers.GetValues("Access-Control-Allow-Headers")).ToLowerInvariant();
        Assert.Contains("x-ms-bot-agent", allowed, StringComparison.Ordinal);
        Assert.Contains("authorization", allowed, StringComparison.Ordinal);
    }
}
