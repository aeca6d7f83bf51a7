using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace WsisBot.Testing;

/// <summary>
/// One user's conversation with the bot over the Bot Connector protocol: activities go to
/// POST /api/messages over loopback HTTP, replies come back to the <see cref="ChannelSink"/>.
/// </summary>
public sealed class ConnectorConversation(HttpClient bot, ChannelSink sink, string? conversationId = null, string channelId = "emulator")
{
    private int _sequence;

    public string ConversationId { get; } = conversationId ?? $"conv-{Guid.NewGuid():N}";

    public string UserId { get; init; } = "user-1";

    public string BotId { get; init; } = "bot-1";

    /// <summary>Sent as Authorization: Bearer when set.</summary>
    public string? BearerToken { get; set; }

    /// <summary>A message activity with the usual fields; <paramref name="extra"/> adds or overrides any.</summary>
    public JsonObject Message(string? text, string? locale = "en-US", Action<JsonObject>? extra = null)
    {
        var activity = Base("message", locale);
        if (text is not null)
        {
            activity["text"] = text;
        }

        extra?.Invoke(activity);
        return activity;
    }

    public JsonObject Base(string type, string? locale = "en-US")
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = $"act-{Interlocked.Increment(ref _sequence)}",
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
            ["serviceUrl"] = sink.ServiceUrl,
            ["channelId"] = channelId,
            ["from"] = new JsonObject { ["id"] = UserId, ["name"] = "Test User" },
            ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "WsisBot" },
            ["conversation"] = new JsonObject { ["id"] = ConversationId },
        };
        if (locale is not null)
        {
            activity["locale"] = locale;
        }

        return activity;
    }

    public async Task<HttpResponseMessage> PostAsync(JsonNode activity)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/messages", UriKind.Relative))
        {
            Content = JsonContent.Create(activity),
        };
        if (BearerToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", BearerToken);
        }

        return await bot.SendAsync(request);
    }

    /// <summary>Posts a message and returns the bot's next reply message.</summary>
    public async Task<ChannelSink.Received> AskAsync(string text, string? locale = "en-US")
    {
        var before = sink.Messages(ConversationId).Count;
        using var response = await PostAsync(Message(text, locale));
        response.EnsureSuccessStatusCode();
        var messages = await sink.WaitForMessagesAsync(ConversationId, before + 1);
        return messages[before];
    }
}
