using WsisBot.Testing;

namespace WsisBot.Tests.BotConnector;

/// <summary>A bot with authentication on (MicrosoftAppId set), the channel's OpenID metadata and keys on loopback, and a channel sink.</summary>
public sealed class AuthenticatedBot : IAsyncLifetime
{
    public const string AppId = "11111111-2222-3333-4444-555555555555";

    public TokenIssuer Issuer { get; private set; } = null!;

    public ChannelSink Sink { get; private set; } = null!;

    public BotServer Bot { get; private set; } = null!;

    /// <summary>A token Azure Bot Service would send this bot for a conversation whose serviceUrl is the sink.</summary>
    public string ValidToken() => Issuer.CreateToken(AppId, Sink.ServiceUrl);

    public async Task InitializeAsync()
    {
        Issuer = await TokenIssuer.StartAsync("msteams", "emulator");
        Sink = await ChannelSink.StartAsync();
        Bot = await BotServer.StartAsync(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "not-used-by-these-tests",
            ["BotConnector:OpenIdMetadataUrl"] = Issuer.MetadataUrl,
        });
    }

    public async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Sink.DisposeAsync();
        await Issuer.DisposeAsync();
    }
}
