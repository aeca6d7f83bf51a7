using Microsoft.Data.Sqlite;
using WsisBot.Bot.Conversation;
using WsisBot.Knowledge;
using WsisBot.Testing;
using WsisBot.Tests.Submissions;

namespace WsisBot.Tests.Data;

public class DatabaseOutageTests
{
    [Fact]
    public async Task While_the_database_is_locked_a_confirm_is_not_reported_saved_and_the_user_is_told_to_retry()
    {
        await using var sink = await ChannelSink.StartAsync();
        var databasePath = TempFiles.NewDatabasePath();
        await using var bot = await StartAsync(databasePath);
        var driver = new FormDriver(new ConnectorConversation(bot.Client, sink), sink);
        var form = FormDriver.CardOf(await driver.SendAsync(SubmissionFixture.Start("OCP", Language.English)))!.Value;
        var summary = FormDriver.CardOf(await driver.SubmitAsync(form, "submit", FormDriver.ValidValues(form)))!.Value;

        var during = await WhileLockedAsync(databasePath, () => driver.SubmitAsync(summary, "confirm"));

        var after = await driver.SubmitAsync(summary, "confirm");

        Assert.Contains("nothing was saved. Please try again shortly", FormDriver.Texts(during), StringComparison.Ordinal);
        Assert.DoesNotMatch(SubmissionDialogTests.ReferencePattern(), FormDriver.Texts(during));
        Assert.Matches(SubmissionDialogTests.ReferencePattern(), FormDriver.Texts(after));
    }

    [Fact]
    public async Task A_turn_that_fails_after_English_please_is_apologised_to_in_English_though_the_locale_is_French()
    {
        await using var sink = await ChannelSink.StartAsync();
        var databasePath = TempFiles.NewDatabasePath();
        await using var bot = await StartAsync(databasePath);
        var conversation = new ConnectorConversation(bot.Client, sink);
        Assert.Equal(Phrases.LanguageSwitched(Language.English), (await conversation.AskAsync("English please", locale: "fr-FR")).Text);

        var apology = await WhileLockedAsync(databasePath, () => conversation.AskAsync("ok", locale: "fr-FR"));

        Assert.Equal("Sorry, I could not process your message: nothing was saved. Please try again shortly.", apology.Text);
        Assert.Equal(Language.English.ToLocale(), apology.Activity.GetProperty("locale").GetString());
    }

    /// <summary>A bot on its own file that gives up on a locked file after 1 s instead of 30 s.</summary>
    private static Task<BotServer> StartAsync(string databasePath) => BotServer.StartAsync(new Dictionary<string, string?>
    {
        ["Clock:Now"] = "2026-03-03T09:00:00Z",
        ["ConnectionStrings:WsisBot"] = $"Data Source={databasePath};Default Timeout=1",
    }, databasePath);

    /// <summary>Runs <paramref name="action"/> while another connection holds the file's write lock.</summary>
    private static async Task<T> WhileLockedAsync<T>(string databasePath, Func<Task<T>> action)
    {
        await using var outage = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        await outage.OpenAsync();
        await using var command = outage.CreateCommand();
        command.CommandText = "BEGIN EXCLUSIVE;";
        await command.ExecuteNonQueryAsync();
        return await action();
    }
}
