using WsisBot.Testing;

namespace WsisBot.Tests;

/// <summary>One bot and one channel sink shared by a test class; each test uses its own conversation.</summary>
public class BotFixture : IAsyncLifetime
{
    public BotServer Bot { get; private set; } = null!;
    public ChannelSink Sink { get; private set; } = null!;

    protected virtual IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Clock:Now"] = "2026-03-03T09:00:00Z",
    };

    public ConnectorConversation NewConversation(string channelId = "emulator") => new(Bot.Client, Sink, channelId: channelId);

    public async Task InitializeAsync()
    {
        Sink = await ChannelSink.StartAsync();
        Bot = await BotServer.StartAsync(Settings);
    }

    public async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Sink.DisposeAsync();
    }
}
