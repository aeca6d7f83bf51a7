using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace WsisBot.Data.Sqlite;

/// <summary>
/// How this process writes to SQLite, fast and still durable:
/// <list type="bullet">
/// <item>one SaveChanges at a time: SQLite has one writer, and a writer that finds the file locked is retried by
/// Microsoft.Data.Sqlite only after sleeping (150 ms), so concurrent turns queue here instead, without sleeping;</item>
/// <item>the commit itself does not wait for the disk (<c>synchronous=NORMAL</c>); SaveChanges (and any statement
/// outside it, and the commit of a transaction the code opened itself) returns only after <see cref="SqliteWalSync"/>
/// has fsynced the WAL, which one fsync does for every commit waiting: a reply never leaves before its turn is on disk.</item>
/// </list>
/// Turns do not queue here but on <see cref="SqliteWriteQueue"/>'s thread, which holds this gate for a batch and syncs
/// once for it; the queues of other processes on the file take turns with it through <see cref="SqliteWriterMutex"/>.
/// Any other write meets another process's writes in SQLite's own lock and busy timeout.
/// </summary>
internal sealed class SqliteDurableWrites(SqliteWalSync wal) : SaveChangesInterceptor
{
    // Flows with the writer's calls, so a write that awaits inside its batch is known as the writer's on any thread.
    private static readonly AsyncLocal<bool> OnWriter = new();

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ConcurrentDictionary<DbContext, byte> _holders = new();

    public IInterceptor[] All => [this, new Connections(), new Statements(wal), new Transactions(this, wal)];

    /// <summary>Takes the gate for the calling thread's saves; they neither queue nor sync one by one until disposed.</summary>
    public IDisposable HoldForWriterThread()
    {
        _gate.Wait();
        OnWriter.Value = true;
        return new WriterHold(this);
    }

    private sealed class WriterHold(SqliteDurableWrites owner) : IDisposable
    {
        public void Dispose()
        {
            OnWriter.Value = false;
            owner._gate.Release();
        }
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (OnWriter.Value)
        {
            // A write in the writer's queue that saves (the privacy erase's audit entry): the writer holds the gate and syncs.
            return result;
        }

        await _gate.WaitAsync(cancellationToken);
        _holders[eventData.Context!] = 0;
        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (OnWriter.Value)
        {
            return result;
        }

        _gate.Wait();
        _holders[eventData.Context!] = 0;
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (OnWriter.Value)
        {
            return result;
        }

        Release(eventData.Context);
        await wal.SyncAsync();
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (OnWriter.Value)
        {
            return result;
        }

        Release(eventData.Context);
        wal.Sync();
        return result;
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Release(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Release(eventData.Context);

    // EF reports a concurrency conflict here, not through SaveChangesFailed.
    public override ValueTask<InterceptionResult> ThrowingConcurrencyExceptionAsync(
        ConcurrencyExceptionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult ThrowingConcurrencyException(ConcurrencyExceptionEventData eventData, InterceptionResult result)
    {
        Release(eventData.Context);
        return result;
    }

    private void Release(DbContext? context)
    {
        if (context is not null && _holders.TryRemove(context, out _))
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Every connection commits without waiting for the disk (durability comes from <see cref="SqliteWalSync"/>),
    /// waits for another process's write lock in SQLite's own busy handler (1, 2, 5 … then 100 ms between tries), where
    /// Microsoft.Data.Sqlite's retry sleeps 150 ms (the total wait stays the connection's default timeout), and keeps a
    /// 256 KiB page cache instead of 2 MiB: under load a pooled connection per turn in flight stays open, and a turn
    /// reads a few rows by key (the OS caches the file anyway). These settings belong to the pooled native connection,
    /// so they are made once per native connection, not per open.
    /// </summary>
    private sealed class Connections : DbConnectionInterceptor
    {
        private readonly ConditionalWeakTable<object, object> _configured = [];

        // PRAGMAs touch no file: run at once, the same way on both paths.
        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            ConnectionOpened(connection, eventData);
            return Task.CompletedTask;
        }

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
        {
            if (Pragmas(connection) is { } sql)
            {
                using var pragma = connection.CreateCommand();
                pragma.CommandText = sql;
                pragma.ExecuteNonQuery();
            }
        }

        /// <summary>The settings to make, or null when this native connection has them.</summary>
        private string? Pragmas(DbConnection connection)
        {
            if (connection is not SqliteConnection { Handle: { } handle } sqlite)
            {
                return null;
            }

            return _configured.TryAdd(handle, handle)
                ? DurabilityPragmas(sqlite) + " PRAGMA cache_size=-256;"
                : null;
        }
    }

    /// <summary>
    /// What every connection of this process sets: commits that do not wait for the disk (<see cref="SqliteWalSync"/>
    /// syncs), and SQLite's own busy handler for another process's write lock, up to the connection's default timeout.
    /// </summary>
    public static string DurabilityPragmas(SqliteConnection connection) =>
        FormattableString.Invariant($"PRAGMA synchronous=NORMAL; PRAGMA busy_timeout={connection.DefaultTimeout * 1000};");

    /// <summary>A statement run outside SaveChanges (ExecuteUpdate, raw SQL) commits on its own: wait for its sync too.</summary>
    private sealed class Statements(SqliteWalSync wal) : DbCommandInterceptor
    {
        public override async ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
        {
            if (command.Transaction is null && result > 0)
            {
                await wal.SyncAsync();
            }

            return result;
        }

        public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
        {
            if (command.Transaction is null && result > 0 && !OnWriter.Value)
            {
                wal.Sync();
            }

            return result;
        }
    }

    /// <summary>
    /// A transaction the code opened itself (a migration; the bot's own writes go through the writer) commits outside SaveChanges: wait for its sync too.
    /// SaveChanges' own transaction is left to <see cref="SavedChangesAsync"/>, the writer thread's to its batch.
    /// </summary>
    private sealed class Transactions(SqliteDurableWrites owner, SqliteWalSync wal) : DbTransactionInterceptor
    {
        public override async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            if (OwnCommit(eventData))
            {
                await wal.SyncAsync();
            }
        }

        public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
        {
            if (OwnCommit(eventData))
            {
                wal.Sync();
            }
        }

        private bool OwnCommit(TransactionEndEventData eventData) =>
            !OnWriter.Value && !(eventData.Context is { } context && owner._holders.ContainsKey(context));
    }
}
