using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace WsisBot.Bot.Protocol.Auth;

/// <summary>
/// Tokens for calls to the Bot Connector (replies, proactive messages): client credentials for an Entra ID app
/// (MultiTenant, SingleTenant), or the user-assigned managed identity's (UserAssignedMSI), which MSAL finds through
/// the host's environment (on App Service: IDENTITY_ENDPOINT and IDENTITY_HEADER). MSAL caches them and renews them
/// before they expire. None in development mode (no app id).
/// </summary>
public sealed class ConnectorTokenProvider
{
    private const string DefaultScopeSuffix = "/.default";

    private readonly Func<CancellationToken, Task<AuthenticationResult>>? _acquire;
    private readonly TimeSpan _timeout;

    public ConnectorTokenProvider(IOptions<BotCredentials> credentials, IOptions<BotConnectorAuthOptions> options)
    {
        var creds = credentials.Value;
        _timeout = options.Value.TokenTimeout;
        if (!creds.IsAuthenticationEnabled)
        {
            return;
        }

        _acquire = creds.AppType == BotAppType.UserAssignedMSI
            ? FromManagedIdentity(creds.MicrosoftAppId!, options.Value.TokenScope)
            : FromClientSecret(creds, options.Value);
    }

    /// <summary>A bearer token for the Bot Connector, or null when the bot runs without an app id.</summary>
    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_acquire is null)
        {
            return null;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_timeout);
        try
        {
            var result = await _acquire(timeout.Token);
            return result.AccessToken;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new MsalClientException("token_timeout", $"No Bot Connector token within {_timeout.TotalSeconds:0} s.");
        }
    }

    private static Func<CancellationToken, Task<AuthenticationResult>> FromClientSecret(BotCredentials creds, BotConnectorAuthOptions options)
    {
        var authority = options.TokenAuthority;
        if (creds.AppType == BotAppType.SingleTenant)
        {
            authority = authority.Replace("botframework.com", creds.MicrosoftAppTenantId, StringComparison.OrdinalIgnoreCase);
        }

        var app = ConfidentialClientApplicationBuilder.Create(creds.MicrosoftAppId)
            .WithClientSecret(creds.MicrosoftAppPassword)
            .WithAuthority(authority)
            .Build();
        string[] scopes = [options.TokenScope];
        return cancellationToken => app.AcquireTokenForClient(scopes).ExecuteAsync(cancellationToken);
    }

    private static Func<CancellationToken, Task<AuthenticationResult>> FromManagedIdentity(string clientId, string scope)
    {
        var app = ManagedIdentityApplicationBuilder.Create(ManagedIdentityId.WithUserAssignedClientId(clientId)).Build();
        var resource = ResourceOf(scope);
        return cancellationToken => app.AcquireTokenForManagedIdentity(resource).ExecuteAsync(cancellationToken);
    }

    /// <summary>Managed identity endpoints take a resource, not a scope: https://api.botframework.com/.default → https://api.botframework.com.</summary>
    internal static string ResourceOf(string scope) =>
        scope.EndsWith(DefaultScopeSuffix, StringComparison.OrdinalIgnoreCase) ? scope[..^DefaultScopeSuffix.Length] : scope;
}
