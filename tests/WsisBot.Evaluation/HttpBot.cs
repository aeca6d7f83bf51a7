using System.Net.Http.Json;

namespace WsisBot.Evaluation;

/// <summary>Talks to the bot as a channel does: one Bot Framework message activity per question, a new conversation each.</summary>
public sealed class HttpBot(HttpClient http, Uri bot, ReplySink sink)
{
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(20);
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];

    public async Task<string> AskAsync(EvaluationQuestion question, int index)
    {
        var conversationId = $"eval-{_run}-{index}";
        var activity = new
        {
            type = "message",
            id = question.Id,
            text = question.Text,
            locale = question.Locale,
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

        return await sink.ReplyAsync(conversationId, ReplyTimeout);
    }
}
