using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace WsisBot.Testing;

/// <summary>
/// A Direct Line WebSocket as DirectLineJS uses it: reads ActivitySet frames, remembers the last watermark,
/// counts empty keep-alive frames, and hands over every activity in arrival order.
/// </summary>
public sealed class DirectLineSocket : IAsyncDisposable
{
    private readonly ClientWebSocket _socket;
    private readonly Channel<JsonElement> _activities = Channel.CreateUnbounded<JsonElement>();
    private readonly List<JsonElement> _all = [];
    private readonly Task _receiving;
    private readonly CancellationTokenSource _stop = new();

    private DirectLineSocket(ClientWebSocket socket)
    {
        _socket = socket;
        _receiving = ReceiveAsync();
    }

    public string? Watermark { get; private set; }

    public int KeepAlives { get; private set; }

    /// <summary>Set when the server closed the socket (the client would reconnect with its watermark).</summary>
    public bool ClosedByServer { get; private set; }

    public IReadOnlyList<JsonElement> All
    {
        get
        {
            lock (_all)
            {
                return [.. _all];
            }
        }
    }

    public static async Task<DirectLineSocket> ConnectAsync(Uri streamUrl)
    {
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(streamUrl, CancellationToken.None);
        return new DirectLineSocket(socket);
    }

    /// <summary>The next activity that matches, skipping the others (they stay in <see cref="All"/>).</summary>
    public async Task<JsonElement> WaitForAsync(Func<JsonElement, bool> match, TimeSpan? timeout = null)
    {
        using var deadline = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(15));
        try
        {
            while (true)
            {
                var activity = await _activities.Reader.ReadAsync(deadline.Token);
                if (match(activity))
                {
                    return activity;
                }
            }
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            throw new TimeoutException("No matching activity arrived on the WebSocket.");
        }
        catch (ChannelClosedException)
        {
            throw new WebSocketException("The WebSocket closed before a matching activity arrived.");
        }
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[64 * 1024];
        using var frame = new MemoryStream();
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                var result = await _socket.ReceiveAsync(buffer, _stop.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    ClosedByServer = true;
                    break;
                }

                frame.Write(buffer, 0, result.Count);
                if (result.EndOfMessage)
                {
                    OnFrame(Encoding.UTF8.GetString(frame.GetBuffer(), 0, (int)frame.Length));
                    frame.SetLength(0);
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            ClosedByServer = !_stop.IsCancellationRequested;
        }
        finally
        {
            _activities.Writer.TryComplete();
        }
    }

    private void OnFrame(string text)
    {
        if (text.Length == 0)
        {
            KeepAlives++;
            return;
        }

        using var set = JsonDocument.Parse(text);
        if (set.RootElement.TryGetProperty("watermark", out var watermark))
        {
            Watermark = watermark.GetString();
        }

        foreach (var activity in set.RootElement.GetProperty("activities").EnumerateArray())
        {
            var copy = activity.Clone();
            lock (_all)
            {
                _all.Add(copy);
            }

            _activities.Writer.TryWrite(copy);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            // Already gone.
        }

        await _receiving;
        _socket.Dispose();
        _stop.Dispose();
    }
}
