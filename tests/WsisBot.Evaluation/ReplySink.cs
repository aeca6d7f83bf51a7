using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using WsisBot.Testing;

namespace WsisBot.Evaluation;

/// <summary>
/// Stands in for the Bot Connector service: the bot posts its replies to
/// <c>{serviceUrl}v3/conversations/{conversationId}/activities[/{replyToId}]</c>; the sink keeps each message's text.
/// </summary>
public sealed class ReplySink : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _replies = new();

    private ReplySink(WebApplication app) => _app = app;

    public Uri ServiceUrl { get; private set; } = null!;

    public static async Task<ReplySink> StartAsync()
    {
        ReplySink? sink = null;
        var (app, address) = await LoopbackServer.StartAsync(app => app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId?}", (string conversationId, HttpRequest request) => sink!.Receive(conversationId, request)));
        sink = new ReplySink(app) { ServiceUrl = new Uri(address + "/") };
        return sink;
    }

    /// <summary>
    /// The bot's message texts in a conversation since the last call. The bot posts a turn's replies before it answers
    /// the turn's request, so they are all here once that request is answered; waits only for a turn that sent nothing yet.
    /// </summary>
    public async Task<string> TakeRepliesAsync(string conversationId, TimeSpan timeout)
    {
        var queue = _replies.GetOrAdd(conversationId, _ => new ConcurrentQueue<string>());
        var deadline = DateTime.UtcNow + timeout;
        while (queue.IsEmpty && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        var texts = new List<string>();
        while (queue.TryDequeue(out var text))
        {
            texts.Add(text);
        }

        return string.Join("\n\n", texts);
    }

    private async Task<IResult> Receive(string conversationId, HttpRequest request)
    {
        using var activity = await JsonDocument.ParseAsync(request.Body);
        var root = activity.RootElement;
        if (root.TryGetProperty("type", out var type) && type.GetString() == "message"
            && root.TryGetProperty("text", out var text) && text.GetString() is { Length: > 0 } message)
        {
            _replies.GetOrAdd(conversationId, _ => new ConcurrentQueue<string>()).Enqueue(message);
        }

        return Results.Json(new { id = Guid.NewGuid().ToString("N") });
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
