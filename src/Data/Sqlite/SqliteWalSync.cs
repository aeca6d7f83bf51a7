namespace WsisBot.Data.Sqlite;

/// <summary>
/// Group commit for SQLite: connections run WAL with <c>synchronous=NORMAL</c> (a commit does not wait for the
/// disk), and whoever needs a commit on disk waits for the next sync, which fsyncs the WAL file. All commits that
/// finished before a sync started are covered by it, so one fsync serves every turn waiting. The syncs run on a
/// thread of their own: on the thread pool each one queued behind the turns' work (a sync took under 1 ms but
/// completed 9 ms after it was asked for, under load; bench/LOADBENCH.md, "Session 6").
/// </summary>
internal sealed class SqliteWalSync : IDisposable
{
    private readonly string _walPath;
    private readonly object _gate = new();
    private readonly Thread _thread;
    private List<Action<Exception?>> _waiting = [];
    private List<Action<Exception?>> _syncing = [];
    private bool _stopping;
    private long _completed;

    public SqliteWalSync(string databasePath)
    {
        _walPath = databasePath + "-wal";
        _thread = new Thread(Run) { IsBackground = true, Name = "SQLite WAL sync" };
        _thread.Start();
    }

    /// <summary>How many syncs have finished.</summary>
    public long Completed => Interlocked.Read(ref _completed);

    /// <summary>Completes once everything committed before the call is on disk.</summary>
    public Task SyncAsync()
    {
        var synced = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        AfterNextSync(failure =>
        {
            if (failure is null)
            {
                synced.TrySetResult();
            }
            else
            {
                synced.TrySetException(failure);
            }
        });
        return synced.Task;
    }

    public void Sync() => SyncAsync().GetAwaiter().GetResult();

    /// <summary>
    /// Calls <paramref name="synced"/> (with the failure, if the sync failed) once everything committed before this
    /// call is on disk. It runs on the sync thread: it must be quick and must not throw.
    /// </summary>
    public void AfterNextSync(Action<Exception?> synced)
    {
        lock (_gate)
        {
            if (!_stopping)
            {
                _waiting.Add(synced);
                Monitor.Pulse(_gate);
                return;
            }
        }

        // Stopped: nobody else will sync, so this caller does.
        synced(TrySyncWal());
    }

    private void Run()
    {
        while (true)
        {
            lock (_gate)
            {
                while (_waiting.Count == 0 && !_stopping)
                {
                    Monitor.Wait(_gate);
                }

                if (_waiting.Count == 0)
                {
                    return;
                }

                // Whoever asks from now on waits for the next sync: this one may start after their commit.
                (_syncing, _waiting) = (_waiting, _syncing);
            }

            var failure = TrySyncWal();
            foreach (var synced in _syncing)
            {
                try
                {
                    synced(failure);
                }
                catch (Exception)
                {
                    // A callback broke its contract; the others, and every later sync, still run.
                }
            }

            _syncing.Clear();
        }
    }

    private Exception? TrySyncWal()
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
        catch (Exception ex)
        {
            return ex;
        }

        Interlocked.Increment(ref _completed);
        return null;
    }

    /// <summary>Runs the syncs already asked for, then stops the thread; a later sync runs on its caller.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _stopping = true;
            Monitor.Pulse(_gate);
        }

        _thread.Join(TimeSpan.FromSeconds(10));
    }
}
