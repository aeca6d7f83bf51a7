namespace WsisBot.Bot.Protocol.Auth;

/// <summary>
/// The bot's Entra ID app registration, read from the root keys the Bot Framework uses
/// (<c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>, <c>MicrosoftAppTenantId</c>).
/// An empty app id is development mode: no inbound token is required and no outbound token is sent.
/// </summary>
public sealed class BotCredentials
{
    public string? MicrosoftAppId { get; set; }
    public string? MicrosoftAppPassword { get; set; }
    public string? MicrosoftAppTenantId { get; set; }

    public bool IsAuthenticationEnabled => !string.IsNullOrWhiteSpace(MicrosoftAppId);
}
