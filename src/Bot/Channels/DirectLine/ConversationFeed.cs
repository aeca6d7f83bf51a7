namespace WsisBot.Bot.Channels.DirectLine;

/// <summary>
/// One conversation's live state on this instance: the highest watermark known here, the latest entries
/// (so sockets rarely read the database for what was just appended) and the subscribed sockets.
/// </summary>
internal sealed class ConversationFeed(string conversationId)
{
    private const int RecentCapacity = 64;
    private readonly Lock _lock = new();
    private readonly List<DirectLineStreamSubscription> _subscribers = [];
    private readonly List<DirectLineLogEntry> _recent = [];
    private bool _closed;
    private int _localAppends;

    public string ConversationId { get; } = conversationId;

    public long KnownWatermark { get; private set; }

    public bool TryAddSubscriber(out DirectLineStreamSubscription subscription)
    {
        lock (_lock)
        {
            subscription = new DirectLineStreamSubscription(this);
            if (_closed)
            {
                return false;
            }

            _subscribers.Add(subscription);
            return true;
        }
    }

    /// <summary>Removes a subscriber; true when it was the last one and the feed is now closed.</summary>
    public bool RemoveSubscriber(DirectLineStreamSubscription subscription)
    {
        lock (_lock)
        {
            _subscribers.Remove(subscription);
            _closed = _subscribers.Count == 0;
            return _closed;
        }
    }

    public void Publish(IReadOnlyList<DirectLineLogEntry> entries)
    {
        lock (_lock)
        {
            if (entries[0].Watermark != KnownWatermark + 1)
            {
                // Entries from elsewhere came in between: what is cached no longer runs up to these.
                _recent.Clear();
            }

            foreach (var entry in entries.Where(e => e.Watermark > KnownWatermark))
            {
                _recent.Add(entry);
                KnownWatermark = entry.Watermark;
            }

            if (_recent.Count > RecentCapacity)
            {
                _recent.RemoveRange(0, _recent.Count - RecentCapacity);
            }
        }

        Wake();
    }

    /// <summary>
    /// This instance is appending to the conversation: until it publishes, the poller's reading of the database may
    /// already show the append, and taking it from there would empty the cache and send the socket to the database for
    /// what is published a moment later. Another instance's append seen meanwhile is noticed at the next poll after.
    /// </summary>
    public void BeginLocalAppend()
    {
        lock (_lock)
        {
            _localAppends++;
        }
    }

    public void EndLocalAppend()
    {
        lock (_lock)
        {
            _localAppends--;
        }
    }

    public void Observe(long lastWatermark)
    {
        lock (_lock)
        {
            if (lastWatermark <= KnownWatermark || _localAppends > 0)
            {
                return;
            }

            KnownWatermark = lastWatermark;
        }

        Wake();
    }

    public void PublishEphemeral(string frame)
    {
        lock (_lock)
        {
            foreach (var subscriber in _subscribers)
            {
                subscriber.Enqueue(frame);
            }
        }
    }

    /// <summary>The entries after <paramref name="watermark"/> when the cache holds all of them; else null (read the database).</summary>
    public IReadOnlyList<DirectLineLogEntry>? After(long watermark)
    {
        lock (_lock)
        {
            if (_recent.Count == 0 || _recent[0].Watermark > watermark + 1 || _recent[^1].Watermark != KnownWatermark)
            {
                return null;
            }

            return [.. _recent.Where(e => e.Watermark > watermark)];
        }
    }

    private void Wake()
    {
        lock (_lock)
        {
            foreach (var subscriber in _subscribers)
            {
                subscriber.Wake();
            }
        }
    }
}
