using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using WsisBot.Data;
using WsisBot.Data.Privacy;
using WsisBot.Data.Sqlite;
using WsisBot.Testing;

namespace WsisBot.Tests.Data;

/// <summary>A fresh SQLite file behind the bot's durable-write interceptors (a write outside the writer throws), without the rest of the bot.</summary>
internal sealed record DurableSqliteFile(string Path, SqliteWalSync Wal, DbContextOptions<SqliteWsisBotDbContext> Options)
{
    /// <summary>Migrated as the bot migrates it.</summary>
    public static async Task<DurableSqliteFile> CreateAsync()
    {
        var file = Unmigrated();
        await using var db = file.Open();
        await DatabaseMigrations.ApplyAsync(db, CancellationToken.None);
        return file;
    }

    public static DurableSqliteFile Unmigrated()
    {
        var path = TempFiles.NewDatabasePath();
        var wal = new SqliteWalSync(path);
        var writes = new SqliteDurableWrites(wal, WritesOutsideTheWriter.Throw, NullLogger.Instance);
        var options = new DbContextOptionsBuilder<SqliteWsisBotDbContext>().UseSqlite($"Data Source={path}").AddInterceptors(writes.All).Options;
        return new DurableSqliteFile(path, wal, options);
    }

    public SqliteWsisBotDbContext Open() => new(Options);

    /// <summary>A row any test may write: an audit entry by "test".</summary>
    public static AuditEntry Entry(string action) =>
        new() { At = DateTimeOffset.UnixEpoch, Actor = "test", Action = action, SubjectChannelId = "c", SubjectUserId = "u", Summary = "" };
}
