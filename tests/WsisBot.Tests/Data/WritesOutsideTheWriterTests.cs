using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using WsisBot.Data;
using WsisBot.Testing;

namespace WsisBot.Tests.Data;

/// <summary>On SQLite the bot writes only through IDatabaseWriter: a write beside it is a bug, refused outside Production.</summary>
public sealed class WritesOutsideTheWriterTests
{
    [Fact]
    public async Task In_development_a_save_or_a_statement_outside_the_writer_throws_and_writes_nothing()
    {
        await using var bot = await BotServer.StartAsync(environment: Environments.Development);
        await using (var scope = bot.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WsisBotDbContext>();
            db.AuditLog.Add(DurableSqliteFile.Entry("beside the writer"));

            var save = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
            var statement = await Assert.ThrowsAsync<InvalidOperationException>(() => db.AuditLog.Where(a => a.Actor == "test").ExecuteDeleteAsync());

            Assert.Contains(nameof(IDatabaseWriter), save.Message, StringComparison.Ordinal);
            Assert.Contains(nameof(IDatabaseWriter), statement.Message, StringComparison.Ordinal);
            // The same change through the writer is saved.
            await scope.ServiceProvider.GetRequiredService<IDatabaseWriter>().SaveChangesAsync(db, CancellationToken.None);
        }

        await using var check = DatabaseFile.Open(bot.DatabasePath);
        Assert.Equal(1, await check.AuditLog.CountAsync(a => a.Action == "beside the writer"));
    }

    [Fact]
    public async Task When_set_to_log_a_save_outside_the_writer_goes_through_and_is_reported_once_per_call_site()
    {
        await using var bot = await BotServer.StartAsync(new Dictionary<string, string?> { ["Database:WritesOutsideTheWriter"] = "LogError" });

        await SaveBesideTheWriterAsync(bot, "first");
        await SaveBesideTheWriterAsync(bot, "second");

        await using var check = DatabaseFile.Open(bot.DatabasePath);
        Assert.Equal(2, await check.AuditLog.CountAsync(a => a.Actor == "test"));
        var reported = Assert.Single(bot.Logs.Lines, l => l.Level == LogLevel.Error && l.Message.Contains(nameof(IDatabaseWriter), StringComparison.Ordinal));
        Assert.Contains(nameof(SaveBesideTheWriterAsync), reported.Message, StringComparison.Ordinal);
    }

    private static async Task SaveBesideTheWriterAsync(BotServer bot, string action)
    {
        await using var scope = bot.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WsisBotDbContext>();
        db.AuditLog.Add(DurableSqliteFile.Entry(action));
        await db.SaveChangesAsync();
    }
}
