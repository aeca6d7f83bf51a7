using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WsisBot.Data;
using WsisBot.Testing;

namespace WsisBot.Tests.Privacy;

public class RetentionTests
{
    [Fact]
    public async Task Transcripts_older_than_the_retention_are_purged_and_newer_ones_kept()
    {
        await using var sink = await ChannelSink.StartAsync();
        var databasePath = TempFiles.NewDatabasePath();
        var old = $"old-{Guid.NewGuid():N}";
        var recent = $"recent-{Guid.NewGuid():N}";
        await using (var january = await BotServer.StartAsync(new Dictionary<string, string?> { ["Clock:Now"] = "2026-01-05T09:00:00Z" }, databasePath))
        {
            await new ConnectorConversation(january.Client, sink, old).AskAsync("help");
        }

        await using (var june = await BotServer.StartAsync(new Dictionary<string, string?> { ["Clock:Now"] = "2026-06-20T09:00:00Z" }, databasePath))
        {
            await new ConnectorConversation(june.Client, sink, recent).AskAsync("help");
        }

        await using var july = await BotServer.StartAsync(
            new Dictionary<string, string?> { ["Clock:Now"] = "2026-07-01T09:00:00Z", ["Privacy:TranscriptRetentionDays"] = "90" },
            databasePath);

        var remaining = await WaitForAsync(july, rows => !rows.Contains(old));
        Assert.Contains(recent, remaining);
    }

    [Fact]
    public async Task The_direct_line_log_and_conversations_idle_past_the_retention_are_purged_with_the_transcripts_and_feedback_stays()
    {
        const string question = "Where is the WSIS Forum 2026?";
        var databasePath = TempFiles.NewDatabasePath();
        string old, recent;
        await using (var january = await BotServer.StartAsync(new Dictionary<string, string?> { ["Clock:Now"] = "2026-01-05T09:00:00Z" }, databasePath))
        {
            var chat = await DirectLineClient.StartAsync(january.Client, locale: "en-US");
            var asked = await chat.PostAsync(chat.Message(question, "en-US"));
            var answer = (await chat.GetActivitiesAsync()).Activities.First(a => a.IsReplyTo(asked));
            await chat.PostAsync(chat.FeedbackEvent(DirectLineClient.FeedbackAction(answer, "LikeAction"), "en-US"));
            old = chat.ConversationId;
        }

        await using (var june = await BotServer.StartAsync(new Dictionary<string, string?> { ["Clock:Now"] = "2026-06-20T09:00:00Z" }, databasePath))
        {
            var chat = await DirectLineClient.StartAsync(june.Client, locale: "en-US");
            await chat.PostAsync(chat.Message("help", "en-US"));
            recent = chat.ConversationId;
        }

        await using var july = await BotServer.StartAsync(
            new Dictionary<string, string?> { ["Clock:Now"] = "2026-07-01T09:00:00Z", ["Privacy:TranscriptRetentionDays"] = "90" },
            databasePath);

        await WaitForAsync(july, rows => !rows.Contains(old));
        await using var scope = july.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WsisBotDbContext>();
        Assert.False(await db.DirectLineActivities.AnyAsync(a => a.ConversationId == old), "the old conversation's log was kept");
        Assert.False(await db.DirectLineConversations.AnyAsync(c => c.Id == old), "the conversation idle since January was kept");
        Assert.True(await db.DirectLineActivities.CountAsync(a => a.ConversationId == recent) >= 3, "the June conversation's log went too");
        Assert.True(await db.DirectLineConversations.AnyAsync(c => c.Id == recent));
        var feedback = await db.Feedback.SingleAsync(f => f.ConversationId == old);
        Assert.Null(feedback.AnswerEntryId);
        Assert.Equal(question, feedback.Question);
    }

    private static async Task<List<string>> WaitForAsync(BotServer bot, Func<List<string>, bool> done)
    {
        for (var i = 0; ; i++)
        {
            await using var scope = bot.Services.CreateAsyncScope();
            var rows = await scope.ServiceProvider.GetRequiredService<WsisBotDbContext>().Transcript.Select(t => t.ConversationId).ToListAsync();
            if (done(rows) || i == 100)
            {
                Assert.True(done(rows), "the purge did not run within 10 s");
                return rows;
            }

            await Task.Delay(100);
        }
    }
}
