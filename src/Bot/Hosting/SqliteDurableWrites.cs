using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace WsisBot.Bot.Hosting;

/// <summary>
/// How this process writes to SQLite, fast and still durable:
/// <list type="bullet">
/// <item>one SaveChanges at a time: SQLite has one writer, and a writer that finds the file locked is retried by
/// Microsoft.Data.Sqlite only after sleeping (150 ms), so concurrent turns queue here instead, without sleeping;</item>
/// <item>the commit itself does not wait for the disk (<c>synchronous=NORMAL</c>); SaveChanges (and any statement
/// outside it) returns only after <see cref="SqliteWalSync"/> has fsynced the WAL, which one fsync does for every
/// commit waiting: a reply never leaves before its turn is on disk.</item>
/// </list>
/// Other processes on the same file still meet SQLite's own lock and busy timeout.
/// </summary>
internal sealed class SqliteDurableWrites(SqliteWalSync wal) : SaveChangesInterceptor
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ConcurrentDictionary<DbContext, byte> _holders = new();

    public IInterceptor[] All => [this, new Connections(), new Statements(wal)];

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        _holders[eventData.Context!] = 0;
        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        _gate.Wait();
        _holders[eventData.Context!] = 0;
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        await wal.SyncAsync();
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
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

    /// <summary>Every connection commits without waiting for the disk; durability comes from <see cref="SqliteWalSync"/>.</summary>
    private sealed class Connections : DbConnectionInterceptor
    {
        public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA synchronous=NORMAL;";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
        }

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
        {
            using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA synchronous=NORMAL;";
            pragma.ExecuteNonQuery();
        }
    }

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
            if (command.Transaction is null && result > 0)
            {
                wal.Sync();
            }

            return result;
        }
    }
}
