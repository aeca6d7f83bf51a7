using System.Security.Claims;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace WsisBot.Bot.Protocol.Auth;

/// <summary>
/// Validates the JWT Azure Bot Service puts on every request to /api/messages: signature against the
/// published keys, issuer, audience = our app id, lifetime, then the serviceurl claim and key endorsements
/// against the activity itself.
/// </summary>
public sealed class BotConnectorAuthenticator
{
    private static readonly string[] SigningAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly BotCredentials _credentials;
    private readonly BotConnectorAuthOptions _options;
    private readonly ConfigurationManager<OpenIdConnectConfiguration> _metadata;
    private readonly JsonWebTokenHandler _handler = new();
    private readonly ILogger<BotConnectorAuthenticator> _logger;

    public BotConnectorAuthenticator(
        IOptions<BotCredentials> credentials,
        IOptions<BotConnectorAuthOptions> options,
        IHttpClientFactory httpClients,
        ILogger<BotConnectorAuthenticator> logger)
    {
        _credentials = credentials.Value;
        _options = options.Value;
        _logger = logger;
        var metadataUri = new Uri(_options.OpenIdMetadataUrl);
        var retriever = new HttpDocumentRetriever(httpClients.CreateClient(nameof(BotConnectorAuthenticator)))
        {
            // Plain HTTP only for a metadata server on this machine (tests).
            RequireHttps = !metadataUri.IsLoopback,
        };
        _metadata = new ConfigurationManager<OpenIdConnectConfiguration>(
            _options.OpenIdMetadataUrl, new OpenIdConnectConfigurationRetriever(), retriever)
        {
            AutomaticRefreshInterval = TimeSpan.FromHours(12),
        };
    }

    public bool IsEnabled => _credentials.IsAuthenticationEnabled;

    /// <summary>Checks the bearer token; returns it validated, or null (the caller answers 401).</summary>
    public async Task<ValidatedToken?> AuthenticateAsync(string? authorizationHeader, CancellationToken cancellationToken)
    {
        const string scheme = "Bearer ";
        if (authorizationHeader is null || !authorizationHeader.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var token = authorizationHeader[scheme.Length..].Trim();
        var result = await ValidateAsync(token, cancellationToken);
        if (!result.IsValid && result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            // An unknown kid: the keys may have rolled over since we fetched them.
            _metadata.RequestRefresh();
            result = await ValidateAsync(token, cancellationToken);
        }

        if (!result.IsValid)
        {
            _logger.LogWarning("Rejected a Bot Connector token: {Reason}", result.Exception?.GetType().Name ?? "invalid");
            return null;
        }

        return new ValidatedToken(result.ClaimsIdentity, (result.SecurityToken as JsonWebToken)?.Kid);
    }

    /// <summary>The second half of the check, once the activity is read: its serviceUrl and channel must match the token.</summary>
    public async Task<bool> IsActivityAllowedAsync(ValidatedToken token, Activity activity, CancellationToken cancellationToken)
    {
        var serviceUrlClaim = token.Identity.Claims.FirstOrDefault(c => string.Equals(c.Type, "serviceurl", StringComparison.OrdinalIgnoreCase))?.Value;
        if (serviceUrlClaim is null || !string.Equals(serviceUrlClaim, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            _logger.LogWarning("Rejected an activity whose serviceUrl does not match its token.");
            return false;
        }

        var endorsements = await EndorsementsAsync(token.KeyId, cancellationToken);
        if (endorsements is not null && !endorsements.Contains(activity.ChannelId ?? string.Empty, StringComparer.OrdinalIgnoreCase))
        {
            _logger.LogWarning("Rejected an activity from channel {Channel}: the signing key does not endorse it.", activity.ChannelId);
            return false;
        }

        return true;
    }

    private async Task<TokenValidationResult> ValidateAsync(string token, CancellationToken cancellationToken)
    {
        OpenIdConnectConfiguration configuration;
        try
        {
            configuration = await _metadata.GetConfigurationAsync(cancellationToken);
        }
        catch (InvalidOperationException ex)
        {
            _logger.LogError(ex, "Could not read the Bot Connector OpenID metadata.");
            return new TokenValidationResult { IsValid = false, Exception = ex };
        }

        var parameters = new TokenValidationParameters
        {
            ValidIssuer = _options.Issuer,
            ValidAudience = _credentials.MicrosoftAppId,
            IssuerSigningKeys = configuration.SigningKeys,
            ValidAlgorithms = SigningAlgorithms,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ClockSkew = TimeSpan.FromSeconds(_options.ClockSkewSeconds),
        };
        return await _handler.ValidateTokenAsync(token, parameters);
    }

    /// <summary>The channels the signing key endorses, or null when the key carries no endorsements.</summary>
    private async Task<IReadOnlyList<string>?> EndorsementsAsync(string? kid, CancellationToken cancellationToken)
    {
        if (kid is null)
        {
            return null;
        }

        var configuration = await _metadata.GetConfigurationAsync(cancellationToken);
        var key = configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => k.Kid == kid);
        if (key is null || !key.AdditionalData.TryGetValue("endorsements", out var raw))
        {
            return null;
        }

        return raw switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array => [.. array.EnumerateArray().Select(e => e.GetString() ?? string.Empty)],
            IEnumerable<object> items => [.. items.Select(i => i?.ToString() ?? string.Empty)],
            _ => null,
        };
    }
}

/// <summary>A bearer token that passed signature, issuer, audience and lifetime checks.</summary>
public sealed record ValidatedToken(ClaimsIdentity Identity, string? KeyId);
