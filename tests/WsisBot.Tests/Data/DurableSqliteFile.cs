using Microsoft.EntityFrameworkCore;
using WsisBot.Data.Privacy;
using WsisBot.Data.Sqlite;
using WsisBot.Testing;

namespace WsisBot.Tests.Data;

/// <summary>A fresh, migrated SQLite file behind the bot's durable-write interceptors, without the rest of the bot.</summary>
internal sealed record DurableSqliteFile(string Path, SqliteWalSync Wal, SqliteDurableWrites Writes, DbContextOptions<SqliteWsisBotDbContext> Options)
{
    public static async Task<DurableSqliteFile> CreateAsync()
    {
        var path = TempFiles.NewDatabasePath();
        var wal = new SqliteWalSync(path);
        var writes = new SqliteDurableWrites(wal);
        var options = new DbContextOptionsBuilder<SqliteWsisBotDbContext>().UseSqlite($"Data Source={path}").AddInterceptors(writes.All).Options;
        await using var db = new SqliteWsisBotDbContext(options);
        await db.Database.MigrateAsync();
        return new DurableSqliteFile(path, wal, writes, options);
    }

    public SqliteWsisBotDbContext Open() => new(Options);

    /// <summary>A row any test may write: an audit entry by "test".</summary>
    public static AuditEntry Entry(string action) =>
        new() { At = DateTimeOffset.UnixEpoch, Actor = "test", Action = action, SubjectChannelId = "c", SubjectUserId = "u", Summary = "" };
}
