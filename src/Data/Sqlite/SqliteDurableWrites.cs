using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace WsisBot.Data.Sqlite;

/// <summary>
/// How this process writes to SQLite, fast and still durable:
/// <list type="bullet">
/// <item>the product writes only through <see cref="SqliteWriteQueue"/>'s thread, which saves a batch in one
/// transaction and syncs once for it; a SaveChanges or a statement from a product context anywhere else is refused
/// (or, in production, logged: see <see cref="WritesOutsideTheWriter"/>). Migrations alone write outside it, inside
/// <see cref="Migration"/>;</item>
/// <item>the commit itself does not wait for the disk (<c>synchronous=NORMAL</c>); a commit outside the writer (a
/// migration's) returns only after <see cref="SqliteWalSync"/> has fsynced the WAL: nothing is reported written
/// before it is on disk.</item>
/// </list>
/// The queues of other processes on the file take turns with this one through <see cref="SqliteWriterMutex"/>; a
/// write outside every queue meets them in SQLite's own lock and busy timeout.
/// </summary>
internal sealed class SqliteDurableWrites(SqliteWalSync wal, WritesOutsideTheWriter outside, ILogger logger) : SaveChangesInterceptor
{
    // Both flow with the calls, so a write that awaits inside its batch (or its migration) is known on any thread.
    private static readonly AsyncLocal<bool> OnWriter = new();
    private static readonly AsyncLocal<bool> Migrating = new();

    private readonly ConcurrentDictionary<string, byte> _reported = new();

    public IInterceptor[] All => [this, new Connections(), new Statements(this, wal), new Transactions(wal)];

    /// <summary>The calling thread writes the writer's batch until disposed: its saves neither sync one by one nor are refused.</summary>
    public static IDisposable WriterThread() => new Flag(OnWriter);

    /// <summary>
    /// The caller applies migrations until disposed: EF's migrator writes in transactions of its own, outside the
    /// writer, and each of its commits waits for a sync. Set in an async method, it ends with that method too.
    /// </summary>
    public static IDisposable Migration() => new Flag(Migrating);

    private static bool OutsideTheWriter => !OnWriter.Value && !Migrating.Value;

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Refuse("SaveChanges");
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Refuse("SaveChanges");
        return result;
    }

    // Only a save let through in production gets here outside the writer.
    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (OutsideTheWriter)
        {
            await wal.SyncAsync();
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (OutsideTheWriter)
        {
            wal.Sync();
        }

        return result;
    }

    /// <summary>
    /// A write outside the writer would take SQLite's lock away from the writer's batches (its commit on its own, or
    /// its wait in the busy handler) and would not be in any batch's sync: that is a bug in the caller, not a
    /// condition to handle. Development and tests throw, so the bug shows where it is. Production lets it through,
    /// since SQLite's busy handler still serialises it with the writer and the sync after it keeps it durable,
    /// and logs it once per call site rather than fail a user's turn for a cost it can bear.
    /// </summary>
    private void Refuse(string write)
    {
        if (!OutsideTheWriter)
        {
            return;
        }

        var message = $"{write} on SQLite outside {nameof(IDatabaseWriter)}. Write through {nameof(IDatabaseWriter)}.{nameof(IDatabaseWriter.SaveChangesAsync)} " +
            $"or {nameof(IDatabaseWriter.WriteAsync)}: they run on the writer thread, in its batches, and complete once the write is on disk.";
        if (outside == WritesOutsideTheWriter.Throw)
        {
            throw new InvalidOperationException(message);
        }

        var stack = new StackTrace(1, fNeedFileInfo: false);
        var site = CallSite(stack);
        if (_reported.TryAdd(site, 0))
        {
            logger.LogError("{Message} Let through, and reported once per call site; this one is {CallSite}:\n{Stack}", message, site, stack.ToString());
        }
    }

    /// <summary>The first method on the stack that is neither ours here nor the platform's (EF Core, Microsoft.Data.Sqlite, the BCL).</summary>
    private static string CallSite(StackTrace stack)
    {
        foreach (var frame in stack.GetFrames())
        {
            var type = frame.GetMethod()?.DeclaringType;
            var assembly = type?.Assembly.GetName().Name ?? "";
            if (type is null || type.Assembly == typeof(SqliteDurableWrites).Assembly
                || assembly.StartsWith("Microsoft.", StringComparison.Ordinal) || assembly.StartsWith("System.", StringComparison.Ordinal)
                || assembly is "System" or "mscorlib" or "netstandard")
            {
                continue;
            }

            // An async method runs as MoveNext of a generated type named <Method>d__N, nested in its class.
            return type.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false) && type.DeclaringType is { } owner
                ? $"{owner.FullName}.{type.Name.Split('>')[0].TrimStart('<')}"
                : $"{type.FullName}.{frame.GetMethod()!.Name}";
        }

        return "an unknown call site";
    }

    private sealed class Flag : IDisposable
    {
        private readonly AsyncLocal<bool> _flag;

        public Flag(AsyncLocal<bool> flag)
        {
            _flag = flag;
            _flag.Value = true;
        }

        public void Dispose() => _flag.Value = false;
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

    /// <summary>
    /// A statement (ExecuteUpdate, ExecuteDelete, raw SQL) outside the writer is refused like a SaveChanges; one let
    /// through, or a migration's outside a transaction, commits on its own: it waits for its sync.
    /// </summary>
    private sealed class Statements(SqliteDurableWrites owner, SqliteWalSync wal) : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            owner.Refuse("A statement");
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
        {
            owner.Refuse("A statement");
            return result;
        }

        public override async ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
        {
            if (command.Transaction is null && result > 0 && !OnWriter.Value)
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
    /// A transaction committed outside the writer (a migration's; or SaveChanges' own, let through in production, which
    /// then syncs twice) waits for its sync too. The writer's batch transaction is its own connection's, not EF's.
    /// </summary>
    private sealed class Transactions(SqliteWalSync wal) : DbTransactionInterceptor
    {
        public override async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            if (!OnWriter.Value)
            {
                await wal.SyncAsync();
            }
        }

        public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
        {
            if (!OnWriter.Value)
            {
                wal.Sync();
            }
        }
    }
}
