namespace WsisBot.Bot.Protocol.Auth;

/// <summary>
/// The bot's identity, read from the root keys the Bot Framework uses (<c>MicrosoftAppType</c>,
/// <c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>, <c>MicrosoftAppTenantId</c>).
/// An empty app id is development mode: no inbound token is required and no outbound token is sent.
/// </summary>
public sealed class BotCredentials
{
    /// <summary>MultiTenant, SingleTenant or UserAssignedMSI (any case); unset: SingleTenant when a tenant id is set, else MultiTenant.</summary>
    public string? MicrosoftAppType { get; set; }
    public string? MicrosoftAppId { get; set; }
    public string? MicrosoftAppPassword { get; set; }
    public string? MicrosoftAppTenantId { get; set; }

    public bool IsAuthenticationEnabled => !string.IsNullOrWhiteSpace(MicrosoftAppId);

    public bool IsAppTypeSet => !string.IsNullOrWhiteSpace(MicrosoftAppType);

    /// <summary>The app type; only meaningful once <see cref="BotCredentialsValidation"/> has accepted the value.</summary>
    public BotAppType AppType =>
        IsAppTypeSet ? ParseAppType(MicrosoftAppType!) ?? BotAppType.MultiTenant
        : string.IsNullOrWhiteSpace(MicrosoftAppTenantId) ? BotAppType.MultiTenant
        : BotAppType.SingleTenant;

    /// <summary>The app type named by <paramref name="value"/> (case-insensitive), or null for anything else, numbers included.</summary>
    public static BotAppType? ParseAppType(string value) =>
        Enum.GetValues<BotAppType>().Cast<BotAppType?>().FirstOrDefault(t => string.Equals(t.ToString(), value.Trim(), StringComparison.OrdinalIgnoreCase));
}
