using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace WsisBot.Data.Sqlite;

/// <summary>
/// SQLite has one writer. Rather than hand its lock from turn to turn through the thread pool (each hand-over
/// waits for a pool thread, and under load that wait, not the write, sets the pace), one dedicated thread runs the
/// queued SaveChanges back to back, synchronously, on its own connection and in one transaction per batch (each
/// save behind its own savepoint, so a failed save undoes only itself), and then one WAL sync covers the batch.
/// A turn's context is idle while it waits here, so the writer thread may use it. One connection that alone writes
/// keeps its page cache warm; one commit per batch writes each page the batch touched once. The queues of other
/// processes on the file take turns with this one through <see cref="SqliteWriterMutex"/>.
/// </summary>
internal sealed class SqliteWriteQueue : IDatabaseWriter, IDisposable
{
    private const int MaxBatch = 128;

    private readonly string _connectionString;
    private readonly SqliteWalSync _wal;
    private readonly SqliteWriterMutex _otherProcesses;
    private readonly BlockingCollection<PendingSave> _queue = new(new ConcurrentQueue<PendingSave>());
    private readonly Thread _thread;
    private SqliteConnection? _connection;

    public SqliteWriteQueue(string connectionString, SqliteWalSync wal)
    {
        (_connectionString, _wal) = (connectionString, wal);
        _otherProcesses = new SqliteWriterMutex(new SqliteConnectionStringBuilder(connectionString).DataSource);
        _thread = new Thread(Run) { IsBackground = true, Name = "SQLite writer" };
        _thread.Start();
    }

    public Task SaveChangesAsync(DbContext db, CancellationToken cancellationToken) => Enqueue(new PendingSave(db, null, cancellationToken));

    public async Task<T> WriteAsync<TContext, T>(TContext db, Func<TContext, CancellationToken, Task<T>> write, CancellationToken cancellationToken)
        where TContext : DbContext
    {
        var result = default(T)!;
        await Enqueue(new PendingSave(db, async (context, token) => result = await write((TContext)context, token), cancellationToken));
        return result;
    }

    private Task Enqueue(PendingSave pending)
    {
        // Its reads are done: the pooled connection goes back now rather than after the wait, so the pool holds as
        // many connections (each with its page cache) as turns reading at once, not as turns in flight.
        pending.Db.Database.CloseConnection();
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
                    _wal.AfterNextSync(failure => saved.ForEach(p => p.Complete(failure)));
                }
            }
            catch (Exception ex)
            {
                // Whatever went wrong, the thread lives on and no turn waits forever.
                batch.ForEach(p => p.Done.TrySetException(ex));
            }

            batch.Clear();
            _otherProcesses.StepAsideIfContended();
        }
    }

    private List<PendingSave> SaveAll(List<PendingSave> batch)
    {
        var saved = new List<PendingSave>(batch.Count);
        using var onWriter = SqliteDurableWrites.WriterThread();
        using var ourTurn = _otherProcesses.Acquire();
        var connection = Connection();
        // BEGIN IMMEDIATE: the write lock for the whole batch (another process's writes outside its queue may still
        // hold it for a moment: then SQLite's busy handler waits).
        using var transaction = connection.BeginTransaction();
        foreach (var pending in batch)
        {
            if (pending.CancellationToken.IsCancellationRequested)
            {
                pending.Done.TrySetCanceled(pending.CancellationToken);
                continue;
            }

            try
            {
                SaveOn(pending, connection, transaction);
                saved.Add(pending);
            }
            catch (Exception ex)
            {
                pending.Done.TrySetException(ex);
            }
        }

        transaction.Commit();
        return saved;
    }

    /// <summary>
    /// The context saves on the writer's connection and transaction (EF puts a savepoint around a SaveChanges, and
    /// <see cref="WriteOn"/> one around a write), then gets its own back. SQLite's async calls complete synchronously, so waiting here blocks nothing.
    /// </summary>
    private static void SaveOn(PendingSave pending, SqliteConnection connection, SqliteTransaction transaction)
    {
        var db = pending.Db;
        var database = db.Database;
        var own = database.GetDbConnection();
        database.CloseConnection();
        database.SetDbConnection(connection, contextOwnsConnection: false);
        try
        {
            database.UseTransaction(transaction);
            if (pending.Write is null)
            {
                db.SaveChanges();
            }
            else
            {
                WriteOn(pending, transaction);
            }
        }
        finally
        {
            database.UseTransaction(null);
            database.SetDbConnection(own, contextOwnsConnection: true);
        }
    }

    /// <summary>A write of several statements is one unit, as a SaveChanges is behind EF's savepoint: when it fails, it undoes only itself.</summary>
    private static void WriteOn(PendingSave pending, SqliteTransaction transaction)
    {
        const string Savepoint = "write";
        transaction.Save(Savepoint);
        try
        {
            pending.Write!(pending.Db, pending.CancellationToken).GetAwaiter().GetResult();
        }
        catch
        {
            transaction.Rollback(Savepoint);
            throw;
        }

        transaction.Release(Savepoint);
    }

    private SqliteConnection Connection()
    {
        if (_connection is { State: System.Data.ConnectionState.Open })
        {
            return _connection;
        }

        _connection?.Dispose();
        _connection = new SqliteConnection(_connectionString);
        _connection.Open();
        using var pragma = _connection.CreateCommand();
        // Its page cache keeps SQLite's default size: this connection alone writes, so the cache stays valid.
        // temp_store=MEMORY: every save runs behind a savepoint, and SQLite first copies each page a savepoint changes
        // into a sub-journal, by default a temporary file written page by page; in memory the writer spends a fifth
        // less CPU per turn (bench/LOADBENCH.md, "Session 8").
        pragma.CommandText = SqliteDurableWrites.DurabilityPragmas(_connection) + " PRAGMA temp_store=MEMORY;";
        pragma.ExecuteNonQuery();
        return _connection;
    }

    public void Dispose()
    {
        _queue.CompleteAdding();
        _thread.Join(TimeSpan.FromSeconds(10));
        _queue.Dispose();
        // The last batch's sync is asked for; the sync thread runs it before it stops (later syncs run on their callers).
        _wal.Dispose();
        _connection?.Dispose();
        _otherProcesses.Dispose();
    }

    /// <param name="Write">A write other than SaveChanges, or null to save the context's changes.</param>
    private sealed record PendingSave(DbContext Db, Func<DbContext, CancellationToken, Task>? Write, CancellationToken CancellationToken)
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
