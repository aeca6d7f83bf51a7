namespace WsisBot.Bot.Hosting;

/// <summary>
/// Group commit for SQLite: connections run WAL with <c>synchronous=NORMAL</c> (a commit does not wait for the
/// disk), and whoever needs a commit on disk awaits <see cref="SyncAsync"/>, which fsyncs the WAL file. All
/// commits that finished before a sync started are covered by it, so one fsync serves every turn waiting.
/// </summary>
internal sealed class SqliteWalSync(string databasePath)
{
    private readonly string _walPath = databasePath + "-wal";
    private readonly Lock _lock = new();
    private Task _inFlight = Task.CompletedTask;
    private Task? _next;
    private long _completed;

    /// <summary>How many syncs have finished.</summary>
    public long Completed => Interlocked.Read(ref _completed);

    /// <summary>Completes once everything committed before the call is on disk.</summary>
    public Task SyncAsync()
    {
        lock (_lock)
        {
            if (_next is null)
            {
                var previous = _inFlight;
                _next = Task.Run(async () =>
                {
                    await previous.ContinueWith(static _ => { }, TaskScheduler.Default);
                    lock (_lock)
                    {
                        _inFlight = _next!;
                        _next = null;
                    }

                    SyncWal();
                    Interlocked.Increment(ref _completed);
                });
            }

            return _next;
        }
    }

    public void Sync() => SyncAsync().GetAwaiter().GetResult();

    private void SyncWal()
    {
        try
        {
            // fsync flushes the file itself, whichever descriptor wrote it.
            using var wal = new FileStream(_walPath, FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
            wal.Flush(flushToDisk: true);
        }
        catch (FileNotFoundException)
        {
            // No WAL: the last connection checkpointed it into the database file, and a checkpoint syncs.
        }
    }
}
