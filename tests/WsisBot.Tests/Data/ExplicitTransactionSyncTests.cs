using Microsoft.EntityFrameworkCore;
using WsisBot.Bot.Hosting;
using WsisBot.Data.Privacy;
using WsisBot.Data.Sqlite;
using WsisBot.Testing;

namespace WsisBot.Tests.Data;

/// <summary>A transaction the code opens itself (the privacy erase) is on disk when its commit returns.</summary>
public sealed class ExplicitTransactionSyncTests
{
    [Fact]
    public async Task Commit_of_an_explicit_transaction_waits_for_a_wal_sync()
    {
        var path = TempFiles.NewDatabasePath();
        var wal = new SqliteWalSync(path);
        var options = new DbContextOptionsBuilder<SqliteWsisBotDbContext>()
            .UseSqlite($"Data Source={path}")
            .AddInterceptors(new SqliteDurableWrites(wal).All)
            .Options;
        await using var db = new SqliteWsisBotDbContext(options);
        await db.Database.MigrateAsync();
        db.AuditLog.Add(new AuditEntry { At = DateTimeOffset.UnixEpoch, Actor = "test", Action = "seed", SubjectChannelId = "c", SubjectUserId = "u", Summary = "" });
        await db.SaveChangesAsync();

        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.AuditLog.Where(a => a.Actor == "test").ExecuteDeleteAsync();
        var syncsBeforeCommit = wal.Completed;
        await transaction.CommitAsync();

        Assert.True(wal.Completed > syncsBeforeCommit, "the commit returned before any sync of the WAL");
    }
}
