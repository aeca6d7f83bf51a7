using System.Collections.Concurrent;
using System.Threading.Channels;

namespace WsisBot.Bot.Channels.DirectLine;

/// <summary>One socket's place in a conversation's feed: a wake-up signal and the ephemeral frames waiting for it.</summary>
public sealed class DirectLineStreamSubscription
{
    private readonly Channel<bool> _signal = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly ConcurrentQueue<string> _ephemeral = new();

    internal DirectLineStreamSubscription(ConversationFeed feed) => Feed = feed;

    internal ConversationFeed Feed { get; }

    public long KnownWatermark => Feed.KnownWatermark;

    public IReadOnlyList<DirectLineLogEntry>? RecentAfter(long watermark) => Feed.After(watermark);

    /// <summary>Waits until something is published or <paramref name="timeout"/> passes; false on timeout.</summary>
    public async Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (_signal.Reader.TryRead(out _))
        {
            return true;
        }

        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(timeout);
        try
        {
            await _signal.Reader.ReadAsync(wait.Token);
            return true;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    public bool TryDequeueEphemeral(out string frame) => _ephemeral.TryDequeue(out frame!);

    internal void Enqueue(string frame)
    {
        _ephemeral.Enqueue(frame);
        Wake();
    }

    internal void Wake() => _signal.Writer.TryWrite(true);
}
