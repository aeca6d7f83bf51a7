using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.Tokens;

namespace WsisBot.Testing;

/// <summary>
/// Stands in for login.botframework.com on loopback: serves OpenID metadata and a JWKS (with channel
/// endorsements, as the real one does) and signs tokens the way Azure Bot Service does.
/// </summary>
public sealed class TokenIssuer : IAsyncDisposable
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";

    private WebApplication? _app;
    private readonly JwtSigningKey _key = new("test-key-1");

    private TokenIssuer(string[] endorsements) => Endorsements = endorsements;

    public string MetadataUrl { get; private set; } = "";

    public string[] Endorsements { get; }

    /// <summary>The key this issuer signs with (to show that no other issuer's metadata lists it).</summary>
    public SecurityKey SigningKey => _key.Key;

    public static async Task<TokenIssuer> StartAsync(params string[] endorsements)
    {
        var issuer = new TokenIssuer(endorsements.Length == 0 ? ["msteams", "emulator", "webchat", "directline"] : endorsements);
        (issuer._app, var address) = await LoopbackServer.StartAsync(app => issuer.Map(app));
        issuer.MetadataUrl = address + "/v1/.well-known/openidconfiguration";
        return issuer;
    }

    private void Map(WebApplication app)
    {
        app.MapGet("/v1/.well-known/openidconfiguration", (HttpContext http) => Results.Json(new
        {
            issuer = BotFrameworkIssuer,
            authorization_endpoint = "https://invalid.example/authorize",
            jwks_uri = $"{http.Request.Scheme}://{http.Request.Host}/v1/.well-known/keys",
            id_token_signing_alg_values_supported = new[] { "RS256" },
            token_endpoint_auth_methods_supported = new[] { "private_key_jwt" },
        }));
        app.MapGet("/v1/.well-known/keys", () => Results.Json(new
        {
            keys = new[] { _key.Jwk(new Dictionary<string, object> { ["endorsements"] = Endorsements }) },
        }));
    }

    /// <summary>A token as Azure Bot Service would send it; every part can be spoiled for negative tests.</summary>
    public string CreateToken(
        string audience,
        string serviceUrl,
        string issuer = BotFrameworkIssuer,
        DateTime? expires = null,
        bool signWithForeignKey = false)
    {
        var notBefore = (expires ?? DateTime.UtcNow.AddHours(1)).AddHours(-2);
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            NotBefore = notBefore,
            IssuedAt = notBefore,
            Expires = expires ?? DateTime.UtcNow.AddHours(1),
            Subject = new ClaimsIdentity([new Claim("serviceurl", serviceUrl)]),
        };
        return _key.Sign(descriptor, signWithForeignKey ? _key.Impostor() : null);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        _key.Dispose();
    }
}
