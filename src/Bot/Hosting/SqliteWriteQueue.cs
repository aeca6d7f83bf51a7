using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace WsisBot.Bot.Hosting;

/// <summary>
/// SQLite has one writer. Rather than hand its lock from turn to turn through the thread pool (each hand-over
/// waits for a pool thread, and under load that wait, not the write, sets the pace), one dedicated thread runs the
/// queued SaveChanges back to back, synchronously, each in its own transaction, and then one WAL sync covers the
/// whole batch. A turn's context is idle while it waits here, so the writer thread may use it.
/// </summary>
internal sealed class SqliteWriteQueue : IDatabaseWriter, IDisposable
{
    private const int MaxBatch = 128;

    private readonly SqliteDurableWrites _writes;
    private readonly SqliteWalSync _wal;
    private readonly BlockingCollection<PendingSave> _queue = new(new ConcurrentQueue<PendingSave>());
    private readonly Thread _thread;

    public SqliteWriteQueue(SqliteDurableWrites writes, SqliteWalSync wal)
    {
        (_writes, _wal) = (writes, wal);
        _thread = new Thread(Run) { IsBackground = true, Name = "SQLite writer" };
        _thread.Start();
    }

    public Task SaveChangesAsync(DbContext db, CancellationToken cancellationToken)
    {
        var pending = new PendingSave(db, cancellationToken);
        _queue.Add(pending, CancellationToken.None);
        return pending.Done.Task;
    }

    private void Run()
    {
        var batch = new List<PendingSave>(MaxBatch);
        foreach (var first in _queue.GetConsumingEnumerable())
        {
            batch.Add(first);
            while (batch.Count < MaxBatch && _queue.TryTake(out var next))
            {
                batch.Add(next);
            }

            try
            {
                var saved = SaveAll(batch);
                if (saved.Count > 0)
                {
                    // Completes every saved turn once the WAL holding its commit is on disk; the next batch goes on meanwhile.
                    _wal.SyncAsync().ContinueWith(
                        sync => saved.ForEach(p => p.Complete(sync.Exception?.GetBaseException())),
                        CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
                }
            }
            catch (Exception ex)
            {
                // Whatever went wrong, the thread lives on and no turn waits forever.
                batch.ForEach(p => p.Done.TrySetException(ex));
            }

            batch.Clear();
        }
    }

    private List<PendingSave> SaveAll(List<PendingSave> batch)
    {
        var saved = new List<PendingSave>(batch.Count);
        Exception? locked = null;
        using (_writes.HoldForWriterThread())
        {
            foreach (var pending in batch)
            {
                if (pending.CancellationToken.IsCancellationRequested)
                {
                    pending.Done.TrySetCanceled(pending.CancellationToken);
                    continue;
                }

                if (locked is not null)
                {
                    // The file stayed locked (another process) for a whole busy timeout: the rest of the batch would
                    // only wait as long again, one after the other. Their turns retry after a pause instead.
                    pending.Done.TrySetException(locked);
                    continue;
                }

                try
                {
                    pending.Db.SaveChanges();
                    saved.Add(pending);
                }
                catch (Exception ex)
                {
                    pending.Done.TrySetException(ex);
                    locked = IsLocked(ex) ? ex : null;
                }
            }
        }

        return saved;
    }

    private static bool IsLocked(Exception ex) =>
        (ex as SqliteException ?? ex.InnerException as SqliteException) is { SqliteErrorCode: 5 or 6 };

    public void Dispose()
    {
        _queue.CompleteAdding();
        _thread.Join(TimeSpan.FromSeconds(10));
        _queue.Dispose();
    }

    private sealed record PendingSave(DbContext Db, CancellationToken CancellationToken)
    {
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Complete(Exception? syncFailure)
        {
            if (syncFailure is null)
            {
                Done.TrySetResult();
            }
            else
            {
                Done.TrySetException(syncFailure);
            }
        }
    }
}
