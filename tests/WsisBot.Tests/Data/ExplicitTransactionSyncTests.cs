using Microsoft.EntityFrameworkCore;

namespace WsisBot.Tests.Data;

/// <summary>A transaction the code opens itself (a migration) is on disk when its commit returns.</summary>
public sealed class ExplicitTransactionSyncTests
{
    [Fact]
    public async Task Commit_of_an_explicit_transaction_waits_for_a_wal_sync()
    {
        var file = await DurableSqliteFile.CreateAsync();
        await using var db = file.Open();
        db.AuditLog.Add(DurableSqliteFile.Entry("seed"));
        await db.SaveChangesAsync();

        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.AuditLog.Where(a => a.Actor == "test").ExecuteDeleteAsync();
        var syncsBeforeCommit = file.Wal.Completed;
        await transaction.CommitAsync();

        Assert.True(file.Wal.Completed > syncsBeforeCommit, "the commit returned before any sync of the WAL");
    }
}
