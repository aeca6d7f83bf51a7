using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WsisBot.Data;
using WsisBot.Testing;

namespace WsisBot.LoadBench;

/// <summary>
/// <c>POST /api/messages</c> as Azure Bot Service calls it, against one or more instances on one database file:
/// each conversation's turns go to the instances in turn (no affinity, as behind App Service's load balancer).
/// The HTTP answer comes after the reply reached the channel's sink, so latency is POST → reply delivered.
/// </summary>
public static class ConnectorLoadRun
{
    public static async Task<BenchReport> RunAsync(BenchOptions options)
    {
        var databasePath = options.DatabasePath ?? TempFiles.NewDatabasePath();
        var settings = new Dictionary<string, string?>
        {
            ["Clock:Now"] = "2026-03-03T09:00:00Z",
            // The limits stay on, set above what these clients on one loopback address send.
            ["RateLimits:ConversationTurnsPerSecond"] = "1000",
            ["RateLimits:ConversationBurst"] = "1000",
            ["RateLimits:ClientRequestsPerSecond"] = "100000",
            ["RateLimits:ClientBurst"] = "100000",
            ["Logging:LogLevel:Default"] = "Error",
        };
        await using var sink = await ChannelSink.StartAsync();
        var bots = new List<BotServer>();
        for (var i = 0; i < options.Instances; i++)
        {
            bots.Add(await BotServer.StartAsync(settings, databasePath));
        }

        try
        {
            var conversations = Enumerable.Range(0, options.Conversations)
                .Select(index => bots.Select(bot => new ConnectorConversation(bot.Client, sink, $"load-{index}")).ToList())
                .ToList();
            var turns = new int[options.Conversations];
            var measuring = await Turns.DriveAsync(options, async (index, text, locale) =>
            {
                var via = conversations[index][turns[index]++ % bots.Count];
                using var response = await via.PostAsync(via.Message(text, locale));
                response.EnsureSuccessStatusCode();
            });

            await using var scope = bots[0].Services.CreateAsyncScope();
            var transcript = await scope.ServiceProvider.GetRequiredService<WsisBotDbContext>().Transcript.LongCountAsync();
            return Turns.Report(options, measuring, transcript, sink.All.Count, "replies at the channel sink");
        }
        finally
        {
            foreach (var bot in bots)
            {
                await bot.DisposeAsync();
            }
        }
    }
}
