using WsisBot.Testing;

namespace WsisBot.Tests.Data;

public class RestartTests
{
    [Fact]
    public async Task Conversation_state_survives_a_restart_on_the_same_database()
    {
        await using var sink = await ChannelSink.StartAsync();
        var databasePath = TempFiles.NewDatabasePath();
        var conversationId = $"restart-{Guid.NewGuid():N}";

        await using (var first = await BotServer.StartAsync(databasePath: databasePath))
        {
            var conversation = new ConnectorConversation(first.Client, sink, conversationId);
            await conversation.AskAsync("English please", locale: "fr-FR");
        }

        await using var second = await BotServer.StartAsync(databasePath: databasePath);
        var resumed = new ConnectorConversation(second.Client, sink, conversationId);
        var reply = await resumed.AskAsync("aide", locale: "fr-FR");

        Assert.Contains("Here is what I can do", reply.Text, StringComparison.Ordinal);
    }
}
