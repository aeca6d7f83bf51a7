using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace WsisBot.Bot.Protocol.Auth;

/// <summary>
/// Validates the JWT on every request to /api/messages. Azure Bot Service's tokens: signature against the Bot
/// Connector's published keys, issuer, audience = our app id, lifetime, then the serviceurl claim and key endorsements
/// against the activity itself. The Bot Framework Emulator's (see <see cref="EmulatorTokens"/>): signature against
/// Entra ID's keys, one of the emulator issuers, audience = our app id, lifetime, and our app id as the app that asked.
/// </summary>
public sealed class BotConnectorAuthenticator
{
    private static readonly string[] SigningAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly BotCredentials _credentials;
    private readonly BotConnectorAuthOptions _options;
    private readonly OpenIdSigningKeys _channelKeys;
    private readonly OpenIdSigningKeys _emulatorKeys;
    private readonly IReadOnlyList<string> _emulatorIssuers;
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
        var http = httpClients.CreateClient(nameof(BotConnectorAuthenticator));
        _channelKeys = new OpenIdSigningKeys(_options.OpenIdMetadataUrl, http);
        _emulatorKeys = new OpenIdSigningKeys(_options.EmulatorOpenIdMetadataUrl, http);
        _emulatorIssuers = EmulatorTokens.Issuers(_credentials);
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

        // Read once: the unvalidated issuer picks the rules (as the Bot Framework SDK does), then the same token is validated.
        var jwt = Read(authorizationHeader[scheme.Length..].Trim());
        if (jwt is null)
        {
            _logger.LogWarning("Rejected a bearer token: it is not a JWT.");
            return null;
        }

        // Each set of rules pins its own issuers and keys, so a forged issuer only chooses which full check runs.
        var sender = _emulatorIssuers.Contains(jwt.Issuer, StringComparer.Ordinal) ? TokenSender.Emulator : TokenSender.Channel;
        var keys = KeysOf(sender);
        var result = await ValidateAsync(jwt, sender, keys, cancellationToken);
        if (!result.IsValid && result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            // An unknown kid: the keys may have rolled over since we fetched them.
            keys.RequestRefresh();
            result = await ValidateAsync(jwt, sender, keys, cancellationToken);
        }

        if (!result.IsValid)
        {
            _logger.LogWarning("Rejected a bearer token ({Sender} rules): {Reason}", sender, result.Exception?.GetType().Name ?? "invalid");
            return null;
        }

        if (sender == TokenSender.Emulator && !string.Equals(EmulatorTokens.RequestingApp(jwt), _credentials.MicrosoftAppId, StringComparison.Ordinal))
        {
            _logger.LogWarning("Rejected an Emulator token: it was not requested by this bot's app (appid/azp for its version).");
            return null;
        }

        return new ValidatedToken(result.ClaimsIdentity, jwt.Kid, sender);
    }

    /// <summary>The second half of the check, once the activity is read: its serviceUrl and channel must match the token.</summary>
    public async Task<bool> IsActivityAllowedAsync(ValidatedToken token, Activity activity, CancellationToken cancellationToken)
    {
        // Emulator tokens name no serviceUrl (the SDK checks none); only the bot's own credentials obtain them.
        if (token.Sender == TokenSender.Channel)
        {
            var serviceUrlClaim = token.Identity.Claims.FirstOrDefault(c => string.Equals(c.Type, "serviceurl", StringComparison.OrdinalIgnoreCase))?.Value;
            if (serviceUrlClaim is null || !string.Equals(serviceUrlClaim, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
            {
                _logger.LogWarning("Rejected an activity whose serviceUrl does not match its token.");
                return false;
            }
        }

        var endorsements = await KeysOf(token.Sender).EndorsementsAsync(token.KeyId, cancellationToken);
        if (endorsements is not null && !endorsements.Contains(activity.ChannelId ?? string.Empty, StringComparer.OrdinalIgnoreCase))
        {
            _logger.LogWarning("Rejected an activity from channel {Channel}: the signing key does not endorse it.", activity.ChannelId);
            return false;
        }

        return true;
    }

    private OpenIdSigningKeys KeysOf(TokenSender sender) => sender == TokenSender.Emulator ? _emulatorKeys : _channelKeys;

    /// <summary>The token's parts, not yet checked; null when it is no JWT (or larger than the handler reads).</summary>
    private JsonWebToken? Read(string token)
    {
        if (!_handler.CanReadToken(token))
        {
            return null;
        }

        try
        {
            return _handler.ReadJsonWebToken(token);
        }
        catch (Exception ex) when (ex is ArgumentException or SecurityTokenMalformedException)
        {
            return null;
        }
    }

    private async Task<TokenValidationResult> ValidateAsync(JsonWebToken token, TokenSender sender, OpenIdSigningKeys keys, CancellationToken cancellationToken)
    {
        ICollection<SecurityKey> signingKeys;
        try
        {
            signingKeys = await keys.GetAsync(cancellationToken);
        }
        catch (InvalidOperationException ex)
        {
            _logger.LogError(ex, "Could not read the OpenID metadata for {Sender} tokens.", sender);
            return new TokenValidationResult { IsValid = false, Exception = ex };
        }

        var parameters = new TokenValidationParameters
        {
            ValidIssuers = sender == TokenSender.Emulator ? _emulatorIssuers : [_options.Issuer],
            ValidAudience = _credentials.MicrosoftAppId,
            IssuerSigningKeys = signingKeys,
            ValidAlgorithms = SigningAlgorithms,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ClockSkew = TimeSpan.FromSeconds(_options.ClockSkewSeconds),
        };
        return await _handler.ValidateTokenAsync(token, parameters);
    }
}
