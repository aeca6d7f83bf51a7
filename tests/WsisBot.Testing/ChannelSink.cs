using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace WsisBot.Testing;

/// <summary>
/// A channel's Bot Connector on loopback: the <c>serviceUrl</c> the bot replies to. It records every
/// activity posted under /v3/conversations/… with the path and Authorization header it came with,
/// and can be told to fail the next N calls or to hold a conversation's posts.
/// </summary>
public sealed class ChannelSink : IAsyncDisposable
{
    private WebApplication? _app;
    private readonly ConcurrentQueue<Received> _received = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private readonly ConcurrentDictionary<string, HeldReplies> _holds = new();
    private int _failuresToServe;
    private int _nextId;

    /// <summary>What the bot posted, in order; <see cref="Id"/> is the id this channel gave it.</summary>
    public sealed record Received(string Path, string ConversationId, string? ReplyToId, JsonElement Activity, string? Authorization, string Id)
    {
        public string? Text => Activity.TryGetProperty("text", out var t) ? t.GetString() : null;
        public string? Type => Activity.TryGetProperty("type", out var t) ? t.GetString() : null;
    }

    public string ServiceUrl { get; private set; } = "";

    public IReadOnlyList<Received> All => [.. _received];

    /// <summary>The next <paramref name="count"/> calls answer 503, as a busy channel would.</summary>
    public void FailNext(int count) => Interlocked.Exchange(ref _failuresToServe, count);

    /// <summary>From now on the bot's posts to <paramref name="conversationId"/> wait here until the hold is released.</summary>
    public HeldReplies Hold(string conversationId) => _holds[conversationId] = new HeldReplies();

    public static async Task<ChannelSink> StartAsync()
    {
        var sink = new ChannelSink();
        (sink._app, var address) = await LoopbackServer.StartAsync(app =>
        {
            app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId?}", sink.OnActivityAsync);
        });
        sink.ServiceUrl = address + "/";
        return sink;
    }

    /// <summary>Waits until at least <paramref name="count"/> message activities reached <paramref name="conversationId"/>.</summary>
    public async Task<IReadOnlyList<Received>> WaitForMessagesAsync(string conversationId, int count = 1, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            var messages = Messages(conversationId);
            if (messages.Count >= count)
            {
                return messages;
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                throw new TimeoutException($"Expected {count} message(s) in {conversationId}, got {messages.Count}.");
            }

            await _arrived.WaitAsync(left < TimeSpan.FromMilliseconds(200) ? left : TimeSpan.FromMilliseconds(200));
        }
    }

    public IReadOnlyList<Received> Messages(string conversationId) =>
        [.. _received.Where(r => r.ConversationId == conversationId && r.Type == "message")];

    private async Task<IResult> OnActivityAsync(HttpContext http, string conversationId, string? replyToId)
    {
        if (_holds.TryGetValue(conversationId, out var hold))
        {
            await hold.WaitAsync(http.RequestAborted);
        }

        if (Interlocked.Decrement(ref _failuresToServe) >= 0)
        {
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        var activity = await JsonSerializer.DeserializeAsync<JsonElement>(http.Request.Body);
        // The raw target, as sent: ids must arrive escapable ("a:1…", "19:…@thread.tacv2;messageid=…").
        var path = http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()!.RawTarget;
        var id = $"sink-{Interlocked.Increment(ref _nextId)}";
        _received.Enqueue(new Received(path, conversationId, replyToId, activity, http.Request.Headers.Authorization, id));
        _arrived.Release();
        return Results.Ok(new { id });
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var hold in _holds.Values)
        {
            hold.Release();
        }

        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        _arrived.Dispose();
    }
}
