using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.Tokens;

namespace WsisBot.Testing;

/// <summary>The access token versions Entra ID issues: v1.0 names the requesting app in <c>appid</c>, v2.0 in <c>azp</c>.</summary>
public enum EntraTokenVersion
{
    V1,
    V2,
}

/// <summary>
/// Stands in for Entra ID (login.microsoftonline.com) on loopback: serves the tenant-independent OpenID metadata and its
/// JWKS (no endorsements), and signs what the Bot Framework Emulator sends a bot when given the bot's app id and
/// password — a client-credentials token the bot's own app requested for itself (scope "{app id}/.default"), no serviceurl.
/// </summary>
public sealed class EmulatorTokenIssuer : IAsyncDisposable
{
    /// <summary>The botframework.com tenant (security protocol v3.1), where multi-tenant bots get their tokens.</summary>
    public const string BotFrameworkTenant = "d6d49420-f39b-4df7-a1dc-d59a935871db";

    /// <summary>The tenant of security protocol v3.2.</summary>
    public const string ProtocolV32Tenant = "f8cdef31-a31e-4b4a-93e4-5f571e91255a";

    private WebApplication? _app;
    private readonly JwtSigningKey _key = new("entra-key-1");

    private EmulatorTokenIssuer()
    {
    }

    public string MetadataUrl { get; private set; } = "";

    public static async Task<EmulatorTokenIssuer> StartAsync()
    {
        var issuer = new EmulatorTokenIssuer();
        (issuer._app, var address) = await LoopbackServer.StartAsync(app => issuer.Map(app));
        issuer.MetadataUrl = address + "/common/v2.0/.well-known/openid-configuration";
        return issuer;
    }

    /// <summary>The issuer Entra ID writes into a token of <paramref name="version"/> from <paramref name="tenant"/>.</summary>
    public static string IssuerOf(EntraTokenVersion version, string tenant) => version == EntraTokenVersion.V1
        ? $"https://sts.windows.net/{tenant}/"
        : $"https://login.microsoftonline.com/{tenant}/v2.0";

    private void Map(WebApplication app)
    {
        app.MapGet("/common/v2.0/.well-known/openid-configuration", (HttpContext http) =>
        {
            var self = $"{http.Request.Scheme}://{http.Request.Host}";
            return Results.Json(new
            {
                token_endpoint = $"{self}/common/oauth2/v2.0/token",
                token_endpoint_auth_methods_supported = new[] { "client_secret_post", "private_key_jwt", "client_secret_basic" },
                jwks_uri = $"{self}/common/discovery/v2.0/keys",
                response_modes_supported = new[] { "query", "fragment", "form_post" },
                subject_types_supported = new[] { "pairwise" },
                id_token_signing_alg_values_supported = new[] { "RS256" },
                response_types_supported = new[] { "code", "id_token", "code id_token", "id_token token" },
                scopes_supported = new[] { "openid", "profile", "email", "offline_access" },
                // The tenant-independent document leaves the tenant as a placeholder.
                issuer = "https://login.microsoftonline.com/{tenantid}/v2.0",
                authorization_endpoint = $"{self}/common/oauth2/v2.0/authorize",
            });
        });
        app.MapGet("/common/discovery/v2.0/keys", () => Results.Json(new { keys = new[] { _key.Jwk() } }));
    }

    /// <summary>
    /// A token the Emulator would send to the bot <paramref name="appId"/>; every part can be spoiled for negative tests:
    /// the app that requested it, the tenant or the whole issuer, the audience, the version claim, the expiry, the key.
    /// </summary>
    public string CreateToken(
        string appId,
        EntraTokenVersion version,
        string tenant = BotFrameworkTenant,
        string? requestingApp = null,
        string? issuer = null,
        string? audience = null,
        string? versionClaim = null,
        DateTime? expires = null,
        SecurityKey? signWith = null)
    {
        issuer ??= IssuerOf(version, tenant);
        requestingApp ??= appId;
        var notBefore = (expires ?? DateTime.UtcNow.AddHours(1)).AddMinutes(-65);
        var claims = new Dictionary<string, object>
        {
            ["tid"] = tenant,
            ["oid"] = "0c8d5a3e-7f21-4b5e-9a6c-2e4f1d3b5a70",
            ["sub"] = "0c8d5a3e-7f21-4b5e-9a6c-2e4f1d3b5a70",
            ["rh"] = "0.AAAA-test.",
            ["uti"] = Guid.NewGuid().ToString("N")[..22],
            ["ver"] = versionClaim ?? (version == EntraTokenVersion.V1 ? "1.0" : "2.0"),
        };
        if (version == EntraTokenVersion.V1)
        {
            claims["appid"] = requestingApp;
            claims["appidacr"] = "1";
            claims["idp"] = issuer;
        }
        else
        {
            claims["azp"] = requestingApp;
            claims["azpacr"] = "1";
        }

        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience ?? appId,
            NotBefore = notBefore,
            IssuedAt = notBefore,
            Expires = expires ?? DateTime.UtcNow.AddHours(1),
            Claims = claims,
        };
        return _key.Sign(descriptor, signWith);
    }

    /// <summary>A key with this issuer's kid that its metadata does not list.</summary>
    public SecurityKey ImpostorKey() => _key.Impostor();

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        _key.Dispose();
    }
}
