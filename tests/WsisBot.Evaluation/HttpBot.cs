using System.Net.Http.Json;

namespace WsisBot.Evaluation;

/// <summary>Talks to the bot as a channel does: one Bot Framework message activity per turn, one conversation per dialogue.</summary>
public sealed class HttpBot(HttpClient http, Uri bot, ReplySink sink)
{
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(20);
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];
    private int _activity;

    public async Task<string> AskAsync(string conversation, string locale, string text)
    {
        var conversationId = $"eval-{_run}-{conversation}";
        var activity = new
        {
            type = "message",
            id = $"a{Interlocked.Increment(ref _activity)}",
            text,
            locale,
            channelId = "emulator",
            serviceUrl = sink.ServiceUrl.ToString(),
            timestamp = DateTimeOffset.UtcNow,
            from = new { id = "u1", name = "User" },
            recipient = new { id = "bot", name = "WsisBot" },
            conversation = new { id = conversationId },
        };
        using var response = await http.PostAsJsonAsync(new Uri(bot, "api/messages"), activity);
        if (!response.IsSuccessStatusCode)
        {
            return $"(HTTP {(int)response.StatusCode})";
        }

        return await sink.TakeRepliesAsync(conversationId, ReplyTimeout);
    }
}
