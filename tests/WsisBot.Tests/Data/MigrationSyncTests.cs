using WsisBot.Data;

namespace WsisBot.Tests.Data;

/// <summary>Migrations, the one write outside the writer, open transactions of their own: each is on disk when its commit returns.</summary>
public sealed class MigrationSyncTests
{
    [Fact]
    public async Task Migrations_return_only_after_a_wal_sync()
    {
        var file = DurableSqliteFile.Unmigrated();
        await using var db = file.Open();
        var syncsBefore = file.Wal.Completed;

        var applied = await DatabaseMigrations.ApplyAsync(db, CancellationToken.None);

        Assert.True(applied > 0, "there was nothing to migrate");
        Assert.True(file.Wal.Completed > syncsBefore, "the migrations committed without any sync of the WAL");
    }

    [Fact]
    public async Task Once_migrated_the_same_context_may_not_write_outside_the_writer()
    {
        var file = DurableSqliteFile.Unmigrated();
        await using var db = file.Open();
        await DatabaseMigrations.ApplyAsync(db, CancellationToken.None);

        db.AuditLog.Add(DurableSqliteFile.Entry("after the migrations"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }
}
