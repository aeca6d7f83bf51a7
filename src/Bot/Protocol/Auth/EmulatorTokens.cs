using Microsoft.IdentityModel.JsonWebTokens;

namespace WsisBot.Bot.Protocol.Auth;

/// <summary>
/// What sets the Bot Framework Emulator's tokens apart. Given the bot's app id and password, the Emulator asks Entra ID
/// for a token to the bot itself (client credentials, scope "{app id}/.default"), so the token is the bot's own: issued
/// by the botframework.com tenants (or, for a single-tenant bot, its own tenant), audience = the app id, and the app
/// that asked for it — the bot — in <c>appid</c> (v1.0 tokens) or <c>azp</c> (v2.0). Only a holder of the bot's
/// credentials can get one. It carries no <c>serviceurl</c> claim.
/// </summary>
internal static class EmulatorTokens
{
    private static readonly string[] BotFrameworkTenants =
    [
        "d6d49420-f39b-4df7-a1dc-d59a935871db", // botframework.com: security protocol v3.1
        "f8cdef31-a31e-4b4a-93e4-5f571e91255a", // v3.2
    ];

    /// <summary>The issuers of emulator tokens for this bot: v1.0 and v2.0 forms for each tenant its tokens can come from.</summary>
    public static IReadOnlyList<string> Issuers(BotCredentials credentials)
    {
        IEnumerable<string> tenants = BotFrameworkTenants;
        if (credentials.AppType == BotAppType.SingleTenant && !string.IsNullOrWhiteSpace(credentials.MicrosoftAppTenantId))
        {
            tenants = tenants.Append(credentials.MicrosoftAppTenantId.Trim());
        }

        return [.. tenants.SelectMany(tenant => new[] { $"https://sts.windows.net/{tenant}/", $"https://login.microsoftonline.com/{tenant}/v2.0" })];
    }

    /// <summary>The app that requested the token: <c>appid</c> in v1.0 tokens, <c>azp</c> in v2.0; null for any other version.</summary>
    public static string? RequestingApp(JsonWebToken token)
    {
        var claim = Claim(token, "ver") switch
        {
            "1.0" => "appid",
            "2.0" => "azp",
            _ => null,
        };
        return claim is null ? null : Claim(token, claim);
    }

    private static string? Claim(JsonWebToken token, string type) =>
        token.TryGetPayloadValue<string>(type, out var value) ? value : null;
}
