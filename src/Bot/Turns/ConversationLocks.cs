namespace WsisBot.Bot.Turns;

/// <summary>
/// One writer per conversation on this instance: turns of one conversation are sequential by nature, and
/// queuing them here spares the database conflicts that would make them run again. Instances still meet
/// on the conversation's concurrency token.
/// </summary>
internal sealed class ConversationLocks
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public async Task<IDisposable> AcquireAsync(string conversationId, CancellationToken cancellationToken)
    {
        Entry entry;
        lock (_entries)
        {
            if (!_entries.TryGetValue(conversationId, out entry!))
            {
                entry = new Entry();
                _entries[conversationId] = entry;
            }

            entry.Users++;
        }

        try
        {
            await entry.Gate.WaitAsync(cancellationToken);
        }
        catch
        {
            Leave(conversationId, entry, release: false);
            throw;
        }

        return new Lease(this, conversationId, entry);
    }

    private void Leave(string conversationId, Entry entry, bool release)
    {
        if (release)
        {
            entry.Gate.Release();
        }

        lock (_entries)
        {
            if (--entry.Users == 0)
            {
                _entries.Remove(conversationId);
            }
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public int Users { get; set; }
    }

    private sealed class Lease(ConversationLocks owner, string conversationId, Entry entry) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                owner.Leave(conversationId, entry, release: true);
            }
        }
    }
}
