using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
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
    private readonly RSA _rsa = RSA.Create(2048);
    private readonly RsaSecurityKey _key;

    private TokenIssuer(string[] endorsements)
    {
        _key = new RsaSecurityKey(_rsa) { KeyId = "test-key-1" };
        Endorsements = endorsements;
    }

    public string MetadataUrl { get; private set; } = "";

    public string[] Endorsements { get; }

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
        app.MapGet("/v1/.well-known/keys", Keys);
    }

    /// <summary>A token as Azure Bot Service would send it; every part can be spoiled for negative tests.</summary>
    public string CreateToken(
        string audience,
        string serviceUrl,
        string issuer = BotFrameworkIssuer,
        DateTime? expires = null,
        bool signWithForeignKey = false)
    {
        var signingKey = signWithForeignKey
            ? new RsaSecurityKey(RSA.Create(2048)) { KeyId = _key.KeyId }
            : _key;
        var notBefore = (expires ?? DateTime.UtcNow.AddHours(1)).AddHours(-2);
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            NotBefore = notBefore,
            IssuedAt = notBefore,
            Expires = expires ?? DateTime.UtcNow.AddHours(1),
            Subject = new ClaimsIdentity([new Claim("serviceurl", serviceUrl)]),
            SigningCredentials = new SigningCredentials(signingKey, SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    private IResult Keys()
    {
        var parameters = _rsa.ExportParameters(includePrivateParameters: false);
        return Results.Json(new
        {
            keys = new[]
            {
                new
                {
                    kty = "RSA",
                    use = "sig",
                    kid = _key.KeyId,
                    n = Base64UrlEncoder.Encode(parameters.Modulus),
                    e = Base64UrlEncoder.Encode(parameters.Exponent),
                    endorsements = Endorsements,
                },
            },
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        _rsa.Dispose();
    }
}
