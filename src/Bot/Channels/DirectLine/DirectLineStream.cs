using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using Microsoft.Extensions.Options;

namespace WsisBot.Bot.Channels.DirectLine;

/// <summary>
/// The WebSocket stream (<c>streamUrl</c>): replays the log after the URL's watermark, then sends what is
/// appended as it comes (from this instance at once, from others within the poll interval), typing
/// indicators, and an empty keep-alive frame when idle. What the client sends is read and ignored.
/// </summary>
internal static class DirectLineStream
{
    public static async Task<IResult> HandleAsync(
        HttpContext http,
        string conversationId,
        DirectLineLog log,
        DirectLineStreams streams,
        IOptions<DirectLineOptions> options,
        IHostApplicationLifetime lifetime,
        CancellationToken cancellationToken)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            return DirectLineApi.Problem(StatusCodes.Status400BadRequest, "The stream is a WebSocket: connect with ws:// or wss://.");
        }

        if (!DirectLineApi.TryParseWatermark(http.Request, out var watermark))
        {
            return DirectLineApi.BadWatermark();
        }

        using var subscription = new SubscriptionScope(streams, conversationId);
        var replay = await log.ReadAfterAsync(conversationId, watermark ?? 0, cancellationToken);
        if (replay is null)
        {
            return DirectLineApi.UnknownConversation(conversationId);
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lifetime.ApplicationStopping);
        var reading = DrainAsync(socket, stop);
        try
        {
            var lastSent = await SendAsync(socket, replay, watermark ?? 0, stop.Token);
            await PumpAsync(socket, subscription.Value, log, conversationId, lastSent, options.Value.KeepAliveInterval, stop.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // The client left, or the app is stopping: the client reconnects with its watermark.
        }

        await CloseAsync(socket, lifetime.ApplicationStopping.IsCancellationRequested);
        await reading;
        return Results.Empty;
    }

    private static async Task PumpAsync(
        WebSocket socket, DirectLineStreamSubscription subscription, DirectLineLog log,
        string conversationId, long lastSent, TimeSpan keepAlive, CancellationToken cancellationToken)
    {
        while (socket.State == WebSocketState.Open)
        {
            var woken = await subscription.WaitAsync(keepAlive, cancellationToken);
            while (subscription.TryDequeueEphemeral(out var frame))
            {
                await SendTextAsync(socket, frame, cancellationToken);
            }

            if (subscription.KnownWatermark > lastSent)
            {
                var entries = subscription.RecentAfter(lastSent)
                    ?? await log.ReadAfterAsync(conversationId, lastSent, cancellationToken)
                    ?? [];
                lastSent = await SendAsync(socket, entries, lastSent, cancellationToken);
            }
            else if (!woken)
            {
                await SendTextAsync(socket, "", cancellationToken);
            }
        }
    }

    private static async Task<long> SendAsync(WebSocket socket, IReadOnlyList<DirectLineLogEntry> entries, long lastSent, CancellationToken cancellationToken)
    {
        if (entries.Count == 0)
        {
            return lastSent;
        }

        var last = entries[^1].Watermark;
        await SendTextAsync(socket, DirectLineActivitySet.ToJson(entries, last), cancellationToken);
        return last;
    }

    private static async Task SendTextAsync(WebSocket socket, string text, CancellationToken cancellationToken)
    {
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(text, bytes);
            await socket.SendAsync(bytes.AsMemory(0, length), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>Reads (and ignores) the client's frames until it closes, then stops the pump.</summary>
    private static async Task DrainAsync(WebSocket socket, CancellationTokenSource stop)
    {
        var buffer = new byte[1024];
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var received = await socket.ReceiveAsync(buffer, stop.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // Closed or aborted.
        }

        await stop.CancelAsync();
    }

    private static async Task CloseAsync(WebSocket socket, bool stopping)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            await socket.CloseOutputAsync(
                stopping ? WebSocketCloseStatus.EndpointUnavailable : WebSocketCloseStatus.NormalClosure,
                stopping ? "Server restarting" : null,
                timeout.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // The client is gone already.
        }
    }

    private sealed class SubscriptionScope(DirectLineStreams streams, string conversationId) : IDisposable
    {
        public DirectLineStreamSubscription Value { get; } = streams.Subscribe(conversationId);

        public void Dispose() => streams.Unsubscribe(Value);
    }
}
