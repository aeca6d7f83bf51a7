using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace WsisBot.Bot.Protocol.Auth;

/// <summary>
/// Client-credentials tokens for calls to the Bot Connector (replies, proactive messages).
/// MSAL caches them and renews shortly before expiry. None in development mode (no app id).
/// </summary>
public sealed class ConnectorTokenProvider
{
    private readonly IConfidentialClientApplication? _app;
    private readonly string[] _scopes;

    public ConnectorTokenProvider(IOptions<BotCredentials> credentials, IOptions<BotConnectorAuthOptions> options)
    {
        var creds = credentials.Value;
        _scopes = [options.Value.TokenScope];
        if (!creds.IsAuthenticationEnabled)
        {
            return;
        }

        var authority = options.Value.TokenAuthority;
        if (!string.IsNullOrWhiteSpace(creds.MicrosoftAppTenantId))
        {
            authority = authority.Replace("botframework.com", creds.MicrosoftAppTenantId, StringComparison.OrdinalIgnoreCase);
        }

        _app = ConfidentialClientApplicationBuilder.Create(creds.MicrosoftAppId)
            .WithClientSecret(creds.MicrosoftAppPassword)
            .WithAuthority(authority)
            .Build();
    }

    /// <summary>A bearer token for the Bot Connector, or null when the bot runs without an app id.</summary>
    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_app is null)
        {
            return null;
        }

        var result = await _app.AcquireTokenForClient(_scopes).ExecuteAsync(cancellationToken);
        return result.AccessToken;
    }
}
