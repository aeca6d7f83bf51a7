using WsisBot.Testing;

namespace WsisBot.LoadBench;

/// <summary>
/// <c>POST /api/messages</c> as Azure Bot Service calls it, against one or more instances on one database file:
/// each conversation's turns go to the instances in turn (no affinity, as behind App Service's load balancer).
/// The HTTP answer comes after the reply reached the channel's sink (in this process), so latency is POST → reply
/// delivered. The bots are started in this process, or with <c>--url</c> already run in other processes.
/// </summary>
public static class ConnectorLoadRun
{
    public static async Task<BenchReport> RunAsync(BenchOptions options)
    {
        await using var sink = await ChannelSink.StartAsync();
        var started = options.Urls is null ? await StartInProcessAsync(options) : [];
        var bots = options.Urls is null ? [.. started.Select(bot => bot.Client)] : options.Urls.Select(url => new HttpClient { BaseAddress = url }).ToList();
        try
        {
            var conversations = Enumerable.Range(0, options.Conversations)
                .Select(index => bots.Select(bot => new ConnectorConversation(bot, sink, $"load-{index}")).ToList())
                .ToList();
            var turns = new int[options.Conversations];
            var measuring = await Turns.DriveAsync(options, async (index, text, locale) =>
            {
                var via = conversations[index][turns[index]++ % bots.Count];
                using var response = await via.PostAsync(via.Message(text, locale));
                response.EnsureSuccessStatusCode();
            });

            var transcript = await DatabaseRows.CountAsync(started.FirstOrDefault()?.DatabasePath ?? options.DatabasePath, "Transcript");
            return Turns.Report(options, measuring, transcript, sink.All.Count, "replies at the channel sink");
        }
        finally
        {
            foreach (var bot in started)
            {
                await bot.DisposeAsync();
            }

            if (started.Count == 0)
            {
                bots.ForEach(http => http.Dispose());
            }
        }
    }

    private static async Task<List<BotServer>> StartInProcessAsync(BenchOptions options)
    {
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
        var databasePath = options.DatabasePath ?? TempFiles.NewDatabasePath();
        var bots = new List<BotServer>();
        for (var i = 0; i < options.Instances; i++)
        {
            bots.Add(await BotServer.StartAsync(settings, databasePath));
        }

        return bots;
    }
}
