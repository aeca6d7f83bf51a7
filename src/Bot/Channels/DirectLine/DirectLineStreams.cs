using System.Collections.Concurrent;

namespace WsisBot.Bot.Channels.DirectLine;

/// <summary>
/// This instance's open WebSockets, by conversation. Appends made here are published at once; appends made
/// by other instances are noticed by <see cref="DirectLineLogPoller"/> through <see cref="Observe"/>.
/// Either way the sockets are woken and read what they miss from the feed's recent entries or the database.
/// </summary>
public sealed class DirectLineStreams
{
    private readonly ConcurrentDictionary<string, ConversationFeed> _feeds = new(StringComparer.Ordinal);

    public DirectLineStreamSubscription Subscribe(string conversationId)
    {
        while (true)
        {
            var feed = _feeds.GetOrAdd(conversationId, id => new ConversationFeed(id));
            if (feed.TryAddSubscriber(out var subscription))
            {
                return subscription;
            }

            // The feed was emptied and is being dropped: make a fresh one.
            _feeds.TryRemove(new KeyValuePair<string, ConversationFeed>(conversationId, feed));
        }
    }

    internal void Unsubscribe(DirectLineStreamSubscription subscription)
    {
        if (subscription.Feed.RemoveSubscriber(subscription))
        {
            _feeds.TryRemove(new KeyValuePair<string, ConversationFeed>(subscription.Feed.ConversationId, subscription.Feed));
        }
    }

    public bool HasSubscribers(string conversationId) => _feeds.ContainsKey(conversationId);

    /// <summary>Conversations with at least one open socket here, for the poller.</summary>
    public IReadOnlyCollection<string> Conversations => [.. _feeds.Keys];

    /// <summary>Entries this instance just appended (contiguous, in watermark order).</summary>
    public void Publish(string conversationId, IReadOnlyList<DirectLineLogEntry> entries)
    {
        if (entries.Count > 0 && _feeds.TryGetValue(conversationId, out var feed))
        {
            feed.Publish(entries);
        }
    }

    /// <summary>Marks an append by this instance from before its save until it is published (see <see cref="ConversationFeed.BeginLocalAppend"/>).</summary>
    public IDisposable LocalAppend(string conversationId)
    {
        if (!_feeds.TryGetValue(conversationId, out var feed))
        {
            return NoFeed.Instance;
        }

        feed.BeginLocalAppend();
        return new LocalAppendScope(feed);
    }

    /// <summary>The conversation's log reaches <paramref name="lastWatermark"/> (seen in the database).</summary>
    public void Observe(string conversationId, long lastWatermark)
    {
        if (_feeds.TryGetValue(conversationId, out var feed))
        {
            feed.Observe(lastWatermark);
        }
    }

    /// <summary>An activity that is not logged (typing) for the sockets open here.</summary>
    public void PublishEphemeral(string conversationId, string activityJson)
    {
        if (_feeds.TryGetValue(conversationId, out var feed))
        {
            feed.PublishEphemeral(DirectLineActivitySet.Ephemeral(activityJson));
        }
    }

    private sealed class LocalAppendScope(ConversationFeed feed) : IDisposable
    {
        public void Dispose() => feed.EndLocalAppend();
    }

    private sealed class NoFeed : IDisposable
    {
        public static readonly NoFeed Instance = new();

        public void Dispose()
        {
        }
    }
}
