using System.Net;
using WsisBot.Testing;

namespace WsisBot.Tests.BotConnector;

/// <summary>
/// A bot with authentication on (MicrosoftAppId set), the OpenID metadata and keys of the channel (Azure Bot Service) and
/// of the Emulator (Entra ID) on loopback, and a channel sink.
/// </summary>
public sealed class AuthenticatedBot : IAsyncLifetime
{
    public const string AppId = "11111111-2222-3333-4444-555555555555";

    public TokenIssuer Issuer { get; private set; } = null!;

    public EmulatorTokenIssuer Emulator { get; private set; } = null!;

    public ChannelSink Sink { get; private set; } = null!;

    public BotServer Bot { get; private set; } = null!;

    /// <summary>A token Azure Bot Service would send this bot for a conversation whose serviceUrl is the sink.</summary>
    public string ValidToken() => Issuer.CreateToken(AppId, Sink.ServiceUrl);

    /// <summary>Posts a typing activity (which the bot answers with no reply) with <paramref name="token"/>; the status says whether it got in.</summary>
    public Task<HttpStatusCode> PostWithAsync(string? token, string channelId = "emulator") => PostWithAsync(Bot, Sink, token, channelId);

    public static async Task<HttpStatusCode> PostWithAsync(BotServer bot, ChannelSink sink, string? token, string channelId = "emulator")
    {
        var conversation = new ConnectorConversation(bot.Client, sink, channelId: channelId) { BearerToken = token };
        using var response = await conversation.PostAsync(conversation.Base("typing"));
        return response.StatusCode;
    }

    public async Task InitializeAsync()
    {
        Issuer = await TokenIssuer.StartAsync("msteams", "emulator");
        Emulator = await EmulatorTokenIssuer.StartAsync();
        Sink = await ChannelSink.StartAsync();
        Bot = await BotServer.StartAsync(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "not-used-by-these-tests",
            ["BotConnector:OpenIdMetadataUrl"] = Issuer.MetadataUrl,
            ["BotConnector:EmulatorOpenIdMetadataUrl"] = Emulator.MetadataUrl,
            // Replies need the bot's own Bot Connector token, which only Entra ID (over HTTPS, not here) issues.
            ["BotConnector:TokenTimeout"] = "00:00:01",
        });
    }

    public async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Sink.DisposeAsync();
        await Emulator.DisposeAsync();
        await Issuer.DisposeAsync();
    }
}
