using Microsoft.EntityFrameworkCore;
using WsisBot.Data.Sqlite;

namespace WsisBot.Data;

public static class DatabaseMigrations
{
    /// <summary>
    /// Applies the pending migrations and returns how many there were. They are the one write allowed outside
    /// <see cref="IDatabaseWriter"/>: they run before any turn, in EF's own transactions, and on SQLite each
    /// commit still waits for its WAL sync.
    /// </summary>
    public static async Task<int> ApplyAsync(WsisBotDbContext db, CancellationToken cancellationToken)
    {
        using var migration = SqliteDurableWrites.Migration();
        if (db.Database.IsSqlite())
        {
            // WAL lets readers and one writer work at once; it is a property of the file, so set it once.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
        await db.Database.MigrateAsync(cancellationToken);
        return pending;
    }
}
