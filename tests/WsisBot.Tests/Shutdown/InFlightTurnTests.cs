using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using WsisBot.Data.Conversations;
using WsisBot.Testing;

namespace WsisBot.Tests.Shutdown;

/// <summary>
/// The host is asked to stop while a turn is in flight: the turn runs to the end (saved, reply delivered), new
/// requests are refused, and the stop ends within the shutdown timeout.
/// </summary>
public class InFlightTurnTests
{
    private static readonly Dictionary<string, string?> Settings = new() { ["Clock:Now"] = "2026-03-03T09:00:00Z" };

    /// <summary>The host's drain waits for requests, so a turn and its replies must finish inside the request.</summary>
    private const string ReplyOutsideTheRequest =
        "The request ended while its reply was still held at the channel: it was cut off, or the reply is no longer sent inside the request (then the host's drain does not wait for it).";

    [Fact]
    public async Task A_Bot_Connector_turn_whose_reply_is_slow_when_the_host_stops_is_saved_and_its_reply_delivered()
    {
        await using var sink = await ChannelSink.StartAsync();
        await using var bot = await BotServer.StartAsync(Settings);
        var timeout = ShutdownTimeoutOf(bot);
        var conversation = new ConnectorConversation(bot.Client, sink);
        using var slowChannel = sink.Hold(conversation.ConversationId);
        var posted = conversation.PostAsync(conversation.Message("help"));
        await slowChannel.Arrived.WaitAsync(TimeSpan.FromSeconds(30));

        var stopwatch = Stopwatch.StartNew();
        var stopping = bot.StopAsync();
        await LateRequests.WaitUntilRefusedAsync(bot.BaseAddress);
        var readiness = await bot.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(check => check.Tags.Contains("ready"));
        Assert.False(posted.IsCompleted, ReplyOutsideTheRequest);
        slowChannel.Release();
        using var response = await posted;
        await stopping;
        stopwatch.Stop();

        Assert.Equal(HealthStatus.Degraded, readiness.Status);
        Assert.True(response.IsSuccessStatusCode, $"The turn answered {(int)response.StatusCode}.");
        Assert.Contains("Here is what I can do", Assert.Single(sink.Messages(conversation.ConversationId)).Text, StringComparison.Ordinal);
        Assert.True(stopwatch.Elapsed < timeout, $"Stopping took {stopwatch.Elapsed}, beyond the shutdown timeout {timeout}.");
        await using var db = DatabaseFile.Open(bot.DatabasePath);
        var transcript = await db.Transcript.AsNoTracking().Where(t => t.ConversationId == conversation.ConversationId).OrderBy(t => t.Id).ToListAsync();
        Assert.Collection(
            transcript,
            incoming => Assert.Equal(("help", DeliveryStatus.Received), (incoming.Text, incoming.Delivery)),
            reply => Assert.Equal(DeliveryStatus.Delivered, reply.Delivery));
        Assert.Equal(1, await TurnsSavedAsync(db, conversation.ConversationId));
    }

    [Fact]
    public async Task A_Direct_Line_turn_waiting_for_the_database_when_the_host_stops_is_saved_with_its_reply_in_the_log()
    {
        await using var bot = await BotServer.StartAsync(Settings);
        var timeout = ShutdownTimeoutOf(bot);
        var client = await DirectLineClient.StartAsync(bot.Client);

        Task<string> posted;
        Task stopping;
        var stopwatch = new Stopwatch();
        // Another process holds SQLite's write lock: the turn's SaveChanges waits, fails busy, and is retried.
        await using (await DatabaseFile.HoldWriteLockAsync(bot.DatabasePath))
        {
            posted = client.PostAsync(client.Message("aide"));
            await bot.Logs.WaitForAsync(line => line.Message.Contains("database is busy", StringComparison.Ordinal));

            stopwatch.Start();
            stopping = bot.StopAsync();
            await LateRequests.WaitUntilRefusedAsync(bot.BaseAddress);
            Assert.False(posted.IsCompleted, "The post ended while its turn could not save: it was cut off, or the turn no longer runs inside the request.");
        }

        var id = await posted;
        await stopping;
        stopwatch.Stop();

        Assert.True(stopwatch.Elapsed < timeout, $"Stopping took {stopwatch.Elapsed}, beyond the shutdown timeout {timeout}.");
        await using var db = DatabaseFile.Open(bot.DatabasePath);
        var log = await db.DirectLineActivities.AsNoTracking().Where(a => a.ConversationId == client.ConversationId).OrderBy(a => a.Watermark).ToListAsync();
        Assert.Contains(log, a => a.ActivityJson.Contains($"\"id\":\"{id}\"", StringComparison.Ordinal));
        Assert.Contains(log, a => a.ActivityJson.Contains($"\"replyToId\":\"{id}\"", StringComparison.Ordinal) && a.ActivityJson.Contains("Voici ce que je sais faire", StringComparison.Ordinal));
        var transcript = await db.Transcript.AsNoTracking().Where(t => t.ConversationId == client.ConversationId).ToListAsync();
        Assert.Contains(transcript, t => t is { Direction: TranscriptDirection.Incoming, Text: "aide" });
        Assert.Contains(transcript, t => t.Direction == TranscriptDirection.Outgoing && t.Text?.Contains("Voici ce que je sais faire", StringComparison.Ordinal) == true);
        Assert.Equal(2, await TurnsSavedAsync(db, client.ConversationId));
    }

    [Fact]
    public async Task On_SIGTERM_the_process_finishes_the_turn_in_flight_delivers_its_reply_and_exits_cleanly()
    {
        await using var sink = await ChannelSink.StartAsync();
        await using var bot = await StandaloneBot.StartAsync(Settings);
        var conversation = new ConnectorConversation(bot.Client, sink);
        using var slowChannel = sink.Hold(conversation.ConversationId);
        var posted = conversation.PostAsync(conversation.Message("help"));
        await slowChannel.Arrived.WaitAsync(TimeSpan.FromSeconds(30));

        await bot.TerminateAsync();
        await LateRequests.WaitUntilRefusedAsync(bot.BaseAddress);
        Assert.False(posted.IsCompleted, ReplyOutsideTheRequest);
        slowChannel.Release();
        using var response = await posted;
        var exitCode = await bot.WaitForExitAsync(TimeSpan.FromMinutes(1));

        Assert.True(response.IsSuccessStatusCode, $"The turn answered {(int)response.StatusCode}.");
        Assert.Equal(0, exitCode);
        Assert.Single(sink.Messages(conversation.ConversationId));
        await using var db = DatabaseFile.Open(bot.DatabasePath);
        var reply = await db.Transcript.AsNoTracking().SingleAsync(t => t.ConversationId == conversation.ConversationId && t.Direction == TranscriptDirection.Outgoing);
        Assert.Equal(DeliveryStatus.Delivered, reply.Delivery);
    }

    [Fact]
    public async Task A_shutdown_timeout_too_short_for_a_turn_and_its_replies_stops_the_app_at_start()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => BotServer.StartAsync(new Dictionary<string, string?> { ["Shutdown:Timeout"] = "00:00:05" }));

        Assert.Contains("Shutdown:Timeout", error.ToString(), StringComparison.Ordinal);
    }

    private static TimeSpan ShutdownTimeoutOf(BotServer bot) => bot.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout;

    private static async Task<int> TurnsSavedAsync(WsisBot.Data.WsisBotDbContext db, string conversationId)
    {
        var state = await db.ConversationStates.AsNoTracking().SingleAsync(s => s.ConversationId == conversationId);
        return System.Text.Json.JsonSerializer.Deserialize<WsisBot.Bot.Turns.ConversationData>(state.StateJson, WsisBot.Bot.Turns.StateJson.Options)!.Turns;
    }
}
