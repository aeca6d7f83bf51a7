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
        await using var bots = await BenchBots.StartAsync(options, options.Instances, new Dictionary<string, string?>
        {
            ["RateLimits:ConversationTurnsPerSecond"] = "1000",
            ["RateLimits:ConversationBurst"] = "1000",
            ["RateLimits:ClientRequestsPerSecond"] = "100000",
            ["RateLimits:ClientBurst"] = "100000",
        });
        var conversations = Enumerable.Range(0, options.Conversations)
            .Select(index => bots.Clients.Select(bot => new ConnectorConversation(bot, sink, $"load-{index}")).ToList())
            .ToList();
        var turns = new int[options.Conversations];
        var measuring = await Turns.DriveAsync(options, async (index, text, locale) =>
        {
            var via = conversations[index][turns[index]++ % bots.Clients.Count];
            using var response = await via.PostAsync(via.Message(text, locale));
            response.EnsureSuccessStatusCode();
        });

        var transcript = await DatabaseRows.CountAsync(bots.DatabasePath, "Transcript");
        return Turns.Report(options, measuring, transcript, sink.All.Count, "replies at the channel sink");
    }
}
