using System.ComponentModel.DataAnnotations;

namespace WsisBot.Bot.Protocol.Auth;

/// <summary>Where Bot Connector tokens come from. Defaults are Azure Bot Service's; tests point them at loopback.</summary>
public sealed class BotConnectorAuthOptions
{
    public const string Section = "BotConnector";

    [Required, Url]
    public string OpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    [Required]
    public string Issuer { get; set; } = "https://api.botframework.com";

    [Range(0, 600)]
    public int ClockSkewSeconds { get; set; } = 300;

    /// <summary>Where outbound client-credentials tokens are requested (the tenant replaces "botframework.com" for single-tenant bots).</summary>
    [Required, Url]
    public string TokenAuthority { get; set; } = "https://login.microsoftonline.com/botframework.com";

    [Required]
    public string TokenScope { get; set; } = "https://api.botframework.com/.default";
}
