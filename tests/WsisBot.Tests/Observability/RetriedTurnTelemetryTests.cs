using WsisBot.Testing;

namespace WsisBot.Tests.Observability;

/// <summary>A turn that TurnProcessor runs again (here: its first SaveChanges met a locked database) counts once.</summary>
public class RetriedTurnTelemetryTests
{
    [Fact]
    public async Task A_turn_run_again_after_its_save_failed_counts_its_answer_and_its_escalation_once()
    {
        await using var sink = await ChannelSink.StartAsync();
        var databasePath = TempFiles.NewDatabasePath();
        await using var bot = await BotServer.StartAsync(new Dictionary<string, string?>
        {
            ["Clock:Now"] = "2026-03-03T09:00:00Z",
            // Give up on a locked file after 1 s instead of 3 s, so the first attempt fails soon.
            ["ConnectionStrings:WsisBot"] = $"Data Source={databasePath};Default Timeout=1",
        }, databasePath);
        using var measured = new BotMeasurements(bot);
        var conversation = new ConnectorConversation(bot.Client, sink);

        var abstained = await AfterAFailedSaveAsync(bot, () => conversation.AskAsync("What will the weather be like in Geneva in July?"));
        var escalated = await AfterAFailedSaveAsync(bot, () => conversation.AskAsync("human please"));

        Assert.DoesNotContain("nothing was saved", abstained.Text, StringComparison.Ordinal);
        Assert.Contains("passed your request", escalated.Text, StringComparison.Ordinal);
        Assert.Equal(1, measured["wsisbot.answers"]);
        Assert.Equal(1, measured["wsisbot.abstentions"]);
        Assert.Equal(1, measured["wsisbot.escalations"]);
        Assert.Equal(2, measured["wsisbot.turns"]);
    }

    /// <summary>Runs <paramref name="ask"/> while another connection holds the write lock, released once the turn's save has failed.</summary>
    private static async Task<T> AfterAFailedSaveAsync<T>(BotServer bot, Func<Task<T>> ask)
    {
        static bool IsBusy(LogRecorder.LogLine line) => line.Message.Contains("database is busy", StringComparison.Ordinal);
        var before = bot.Logs.Lines.Count(IsBusy);
        Task<T> asked;
        await using (await DatabaseFile.HoldWriteLockAsync(bot.DatabasePath))
        {
            asked = ask();
            await bot.Logs.WaitForAsync(IsBusy, count: before + 1);
        }

        return await asked;
    }
}
