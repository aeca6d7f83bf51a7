using System.Net;
using WsisBot.Testing;

namespace WsisBot.Tests.DirectLine;

/// <summary>Conversations live in the database: any instance serves any conversation, and a restart loses nothing.</summary>
public class ScaleOutTests
{
    private static readonly Dictionary<string, string?> Settings = new() { ["Clock:Now"] = "2026-03-03T09:00:00Z" };

    [Fact]
    public async Task Two_instances_on_one_database_serve_one_conversation_turn_by_turn()
    {
        var databasePath = TempFiles.NewDatabasePath();
        await using var a = await BotServer.StartAsync(Settings, databasePath);
        await using var b = await BotServer.StartAsync(Settings, databasePath);
        var onA = await DirectLineClient.StartAsync(a.Client);
        var onB = new DirectLineClient(b.Client, onA.Token, onA.ConversationId, onA.StreamUrl);
        await using var socketOnA = await onA.ConnectAsync();
        await socketOnA.WaitForAsync(x => x.IsBotMessageContaining("Bonjour"));

        var replies = new List<string>();
        for (var turn = 0; turn < 4; turn++)
        {
            var poster = turn % 2 == 0 ? onB : onA;
            var id = await poster.PostAsync(poster.Message(turn % 2 == 0 ? "help" : "aide", turn % 2 == 0 ? "en-US" : "fr-FR"));
            var reply = await socketOnA.WaitForAsync(x => x.IsReplyTo(id));
            replies.Add(reply.Text()!);
        }

        string[] expected = ["Here is what I can do", "Voici ce que je sais faire", "Here is what I can do", "Voici ce que je sais faire"];
        Assert.All(expected.Zip(replies), pair => Assert.StartsWith(pair.First, pair.Second, StringComparison.Ordinal));
        var ids = socketOnA.All.Where(x => x.Type() == "message").Select(x => x.Text("id")).ToList();
        Assert.Equal(Enumerable.Range(1, 9).Select(n => $"{onA.ConversationId}|{n:D7}"), ids);
        var (polledOnB, watermark) = await onB.GetActivitiesAsync();
        Assert.Equal(ids, polledOnB.Select(x => x.Text("id")));
        Assert.Equal("9", watermark);
    }

    [Fact]
    public async Task After_a_restart_the_client_reconnects_with_its_watermark_and_goes_on()
    {
        var databasePath = TempFiles.NewDatabasePath();
        DirectLineClient client;
        string? watermark;
        await using (var before = await BotServer.StartAsync(Settings, databasePath))
        {
            client = await DirectLineClient.StartAsync(before.Client);
            await using var socket = await client.ConnectAsync();
            var id = await client.PostAsync(client.Message("aide"));
            await socket.WaitForAsync(x => x.IsReplyTo(id));
            watermark = socket.Watermark;
        }

        await using var after = await BotServer.StartAsync(Settings, databasePath);
        var resumed = new DirectLineClient(after.Client, client.Token, client.ConversationId, client.StreamUrl);
        using var reconnect = await resumed.ReconnectAsync(watermark);
        await using var resumedSocket = await resumed.ConnectAsync();
        var next = await resumed.PostAsync(resumed.Message("help", "en-US"));
        var reply = await resumedSocket.WaitForAsync(x => x.IsReplyTo(next));

        Assert.Equal("3", watermark);
        Assert.Equal(HttpStatusCode.OK, reconnect.StatusCode);
        Assert.Contains("Here is what I can do", reply.Text(), StringComparison.Ordinal);
        Assert.Equal([$"{client.ConversationId}|0000004", $"{client.ConversationId}|0000005"],
            resumedSocket.All.Where(x => x.Type() == "message").Select(x => x.Text("id")));
        var (history, _) = await resumed.GetActivitiesAsync();
        Assert.Equal(5, history.Count);
        Assert.Single(history, x => x.IsBotMessageContaining("Bonjour"));
    }

    [Fact]
    public async Task Stopping_the_app_closes_its_sockets_so_clients_reconnect()
    {
        var server = await BotServer.StartAsync(Settings);
        var client = await DirectLineClient.StartAsync(server.Client);
        await using var socket = await client.ConnectAsync();
        await socket.WaitForAsync(x => x.IsBotMessage());

        var stopping = System.Diagnostics.Stopwatch.StartNew();
        await server.DisposeAsync();

        Assert.True(stopping.Elapsed < TimeSpan.FromSeconds(10), $"stopping took {stopping.Elapsed}");
        await Assert.ThrowsAnyAsync<Exception>(() => socket.WaitForAsync(_ => true, TimeSpan.FromSeconds(5)));
        Assert.True(socket.ClosedByServer);
    }
}
