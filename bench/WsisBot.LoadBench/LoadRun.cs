using WsisBot.Testing;

namespace WsisBot.LoadBench;

/// <summary>
/// Opens N Direct Line conversations, each with a WebSocket, and has each ask question after question: POST, then
/// wait for the reply on its socket. Latency is POST → reply received. Only turns completed after the warm-up count.
/// The bot is started in this process (its real Program, Kestrel on loopback, its own SQLite file), or with
/// <c>--url</c> one or more already running in other processes, so that the clients do not share their CPU.
/// </summary>
public static class LoadRun
{
    public static async Task<BenchReport> RunAsync(BenchOptions options)
    {
        await using var bots = await BenchBots.StartAsync(options, instances: 1, new Dictionary<string, string?>
        {
            ["DirectLine:ActivitiesPerSecondPerConversation"] = "1000",
            ["DirectLine:ActivityBurstPerConversation"] = "1000",
            ["DirectLine:RequestsPerSecondPerClient"] = "100000",
        });

        var clients = await Task.WhenAll(Enumerable.Range(0, options.Conversations).Select(i => DirectLineClient.StartAsync(bots.Clients[i % bots.Clients.Count])));
        var sockets = await Task.WhenAll(clients.Select(c => c.ConnectAsync()));
        await Task.WhenAll(sockets.Select(s => s.WaitForAsync(a => a.IsBotMessage())));

        var measuring = await Turns.DriveAsync(options, async (index, text, locale) =>
        {
            var id = await clients[index].PostAsync(clients[index].Message(text, locale));
            await sockets[index].WaitForAsync(a => a.IsReplyTo(id), TimeSpan.FromSeconds(10));
        });

        foreach (var socket in sockets)
        {
            await socket.DisposeAsync();
        }

        var (transcriptRows, logRows) = (await DatabaseRows.CountAsync(bots.DatabasePath, "Transcript"), await DatabaseRows.CountAsync(bots.DatabasePath, "DirectLineActivities"));
        return Turns.Report(options, measuring, transcriptRows, logRows, "Direct Line log rows");
    }
}
