using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WsisBot.Testing;

/// <summary>
/// One client of the bot's Direct Line 3.0 over loopback HTTP and WebSocket, speaking the wire format
/// DirectLineJS speaks (so it works against any Direct Line, this bot's or Azure's).
/// </summary>
public sealed class DirectLineClient(HttpClient http, string token, string conversationId, string streamUrl)
{
    public const string Base = "/v3/directline";
    private int _sequence;

    public string Token { get; private set; } = token;

    public string ConversationId { get; } = conversationId;

    public string StreamUrl { get; private set; } = streamUrl;

    /// <summary>The user the token names (the "user" claim of the JWT-shaped token).</summary>
    public string UserId => JsonDocument.Parse(Base64UrlDecode(Token.Split('.')[1])).RootElement.GetProperty("user").GetString()!;

    /// <summary>POST /conversations (anonymously, with the secret, or with a token from tokens/generate).</summary>
    public static async Task<DirectLineClient> StartAsync(HttpClient http, string? bearer = null, string? locale = "fr-FR", HttpStatusCode expected = HttpStatusCode.Created)
    {
        using var response = await SendAsync(http, HttpMethod.Post, $"{Base}/conversations", bearer, JsonContent.Create(new { user = new { }, locale }));
        if (response.StatusCode != expected)
        {
            throw new HttpRequestException($"Starting a conversation answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return new DirectLineClient(http, body.GetProperty("token").GetString()!, body.GetProperty("conversationId").GetString()!, body.GetProperty("streamUrl").GetString()!);
    }

    /// <summary>A message as Web Chat sends it: no id, no timestamp, no conversation; a clientActivityID.</summary>
    public JsonObject Message(string? text, string? locale = "fr-FR", string? clientActivityId = null)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["channelId"] = "webchat",
            ["from"] = new JsonObject { ["id"] = "r_webchat_user", ["name"] = "Visitor", ["role"] = "user" },
            ["localTimestamp"] = DateTimeOffset.Now.ToString("O"),
            ["channelData"] = new JsonObject { ["clientActivityID"] = clientActivityId ?? $"client-{Interlocked.Increment(ref _sequence)}" },
        };
        if (text is not null)
        {
            activity["text"] = text;
        }

        if (locale is not null)
        {
            activity["locale"] = locale;
        }

        return activity;
    }

    /// <summary>
    /// The event Web Chat 4.18 posts when a thumb under a bot message is pressed: the like or dislike action of the
    /// message's schema.org entity, as the bot sent it, and nothing naming the message.
    /// </summary>
    public JsonObject FeedbackEvent(JsonNode? action, string? locale = "fr-FR")
    {
        var activity = Message(text: null, locale);
        activity["type"] = "event";
        activity["name"] = "webchat:activity-status/feedback";
        activity["localTimezone"] = "Europe/Zurich";
        activity["entities"] = new JsonArray(action);
        return activity;
    }

    /// <summary>The like (or dislike) action a bot message carries for Web Chat's thumbs, or null.</summary>
    public static JsonNode? FeedbackAction(JsonElement message, string type) =>
        message.TryGetProperty("entities", out var entities)
            ? entities.EnumerateArray()
                .Where(e => e.TryGetProperty("type", out var t) && t.GetString() == "https://schema.org/Message")
                .SelectMany(e => e.GetProperty("potentialAction").EnumerateArray())
                .Where(a => a.GetProperty("@type").GetString() == type)
                .Select(a => JsonNode.Parse(a.GetRawText()))
                .FirstOrDefault()
            : null;

    public Task<HttpResponseMessage> PostActivityAsync(JsonNode activity, string? bearer = null) =>
        SendAsync(http, HttpMethod.Post, $"{Base}/conversations/{ConversationId}/activities", bearer ?? Token, JsonContent.Create(activity));

    /// <summary>Posts an activity and returns the id the channel gave it.</summary>
    public async Task<string> PostAsync(JsonNode activity)
    {
        using var response = await PostActivityAsync(activity);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"Posting answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}", null, response.StatusCode);
        }

        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <summary>GET …/activities?watermark= (polling): the activities and the new watermark.</summary>
    public async Task<(IReadOnlyList<JsonElement> Activities, string? Watermark)> GetActivitiesAsync(string? watermark = null)
    {
        using var response = await SendAsync(http, HttpMethod.Get, $"{Base}/conversations/{ConversationId}/activities?watermark={watermark}", Token);
        response.EnsureSuccessStatusCode();
        var set = await response.Content.ReadFromJsonAsync<JsonElement>();
        return ([.. set.GetProperty("activities").EnumerateArray()], set.TryGetProperty("watermark", out var w) ? w.GetString() : null);
    }

    /// <summary>Polls until an activity matches, as DirectLineJS does with webSocket:false.</summary>
    public async Task<JsonElement> PollForAsync(Func<JsonElement, bool> match, TimeSpan? timeout = null, string? watermark = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (DateTime.UtcNow < deadline)
        {
            var (activities, next) = await GetActivitiesAsync(watermark);
            foreach (var activity in activities)
            {
                if (match(activity))
                {
                    return activity;
                }
            }

            watermark = next ?? watermark;
            await Task.Delay(100);
        }

        throw new TimeoutException("No matching activity arrived by polling.");
    }

    /// <summary>GET /conversations/{id}?watermark= (what DirectLineJS calls before reopening its socket).</summary>
    public async Task<HttpResponseMessage> ReconnectAsync(string? watermark)
    {
        var response = await SendAsync(http, HttpMethod.Get, $"{Base}/conversations/{ConversationId}?watermark={watermark}", Token);
        if (response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            Token = body.GetProperty("token").GetString()!;
            StreamUrl = body.GetProperty("streamUrl").GetString()!;
        }

        return response;
    }

    public Task<DirectLineSocket> ConnectAsync() => DirectLineSocket.ConnectAsync(new Uri(StreamUrl));

    /// <summary>Any Direct Line call with an optional bearer; the caller disposes the response.</summary>
    public static async Task<HttpResponseMessage> SendAsync(HttpClient http, HttpMethod method, string path, string? bearer, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = content };
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return await http.SendAsync(request);
    }

    private static byte[] Base64UrlDecode(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded + new string('=', (4 - padded.Length % 4) % 4));
    }

    /// <summary>A raw body, for malformed-input tests.</summary>
    public static StringContent Raw(string body, string contentType = "application/json") => new(body, Encoding.UTF8, contentType);
}
