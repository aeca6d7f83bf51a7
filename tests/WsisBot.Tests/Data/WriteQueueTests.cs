using Microsoft.EntityFrameworkCore;
using WsisBot.Data.Sqlite;
using WsisBot.Testing;

namespace WsisBot.Tests.Data;

/// <summary>Writes other than SaveChanges in the SQLite writer's queue: one unit each, like a save.</summary>
public sealed class WriteQueueTests
{
    [Fact]
    public async Task A_write_that_fails_halfway_leaves_nothing_of_itself_and_the_queue_goes_on()
    {
        var file = await DurableSqliteFile.CreateAsync();
        using var queue = new SqliteWriteQueue($"Data Source={file.Path}", file.Wal);
        await using var db = file.Open();
        db.AuditLog.Add(DurableSqliteFile.Entry("kept"));
        await queue.SaveChangesAsync(db, CancellationToken.None);

        var failing = queue.WriteAsync(db, async (context, token) =>
        {
            var deleted = await context.AuditLog.Where(a => a.Action == "kept").ExecuteDeleteAsync(token);
            return deleted == 1 ? throw new InvalidOperationException("the second statement failed") : deleted;
        }, CancellationToken.None);
        await Assert.ThrowsAsync<InvalidOperationException>(() => failing);
        var counted = await queue.WriteAsync(db, (context, token) => context.AuditLog.CountAsync(token), CancellationToken.None);

        Assert.Equal(1, counted);
        await using var check = DatabaseFile.Open(file.Path);
        Assert.Equal(1, await check.AuditLog.CountAsync(a => a.Action == "kept"));
    }

    [Fact]
    public async Task A_write_may_save_the_context_it_runs_on_and_completes_once_that_is_synced()
    {
        var file = await DurableSqliteFile.CreateAsync();
        using var queue = new SqliteWriteQueue($"Data Source={file.Path}", file.Wal);
        await using var db = file.Open();
        var syncsBefore = file.Wal.Completed;

        var summary = await queue.WriteAsync(db, async (context, token) =>
        {
            context.AuditLog.Add(DurableSqliteFile.Entry("inside"));
            await Task.Yield();
            await context.SaveChangesAsync(token);
            return "saved";
        }, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("saved", summary);
        Assert.True(file.Wal.Completed > syncsBefore, "the write completed before the WAL holding it was synced");
        await using var check = DatabaseFile.Open(file.Path);
        Assert.Equal(1, await check.AuditLog.CountAsync(a => a.Action == "inside"));
    }
}
