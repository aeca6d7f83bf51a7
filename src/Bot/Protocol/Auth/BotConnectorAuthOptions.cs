using System.ComponentModel.DataAnnotations;

namespace WsisBot.Bot.Protocol.Auth;

/// <summary>Where Bot Connector (and Emulator) tokens come from. Defaults are Azure Bot Service's and Entra ID's; tests point them at loopback.</summary>
public sealed class BotConnectorAuthOptions
{
    public const string Section = "BotConnector";

    [Required, Url]
    public string OpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    [Required]
    public string Issuer { get; set; } = "https://api.botframework.com";

    /// <summary>
    /// Where the keys of the Bot Framework Emulator's tokens are published: Entra ID's (the Bot Framework SDK's
    /// ToBotFromEmulatorOpenIdMetadataUrl; the botframework.com tenant's document lists the same keys).
    /// </summary>
    [Required, Url]
    public string EmulatorOpenIdMetadataUrl { get; set; } = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

    [Range(0, 600)]
    public int ClockSkewSeconds { get; set; } = 300;

    /// <summary>Where outbound client-credentials tokens are requested (the tenant replaces "botframework.com" for single-tenant bots).</summary>
    [Required, Url]
    public string TokenAuthority { get; set; } = "https://login.microsoftonline.com/botframework.com";

    /// <summary>What outbound tokens are for; a managed identity asks for the resource, the scope without "/.default".</summary>
    [Required]
    public string TokenScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>How long a reply waits for an outbound token (MSAL's own HTTP client would wait 100 s).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:01:00")]
    public TimeSpan TokenTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
