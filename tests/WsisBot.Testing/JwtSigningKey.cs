using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace WsisBot.Testing;

/// <summary>An RSA key a loopback token issuer signs with and publishes in its JWKS.</summary>
public sealed class JwtSigningKey : IDisposable
{
    private readonly RSA _rsa = RSA.Create(2048);

    public JwtSigningKey(string keyId) => Key = new RsaSecurityKey(_rsa) { KeyId = keyId };

    public RsaSecurityKey Key { get; }

    /// <summary>A key no metadata lists, under this key's kid: what a forger would sign with.</summary>
    public SecurityKey Impostor() => new RsaSecurityKey(RSA.Create(2048)) { KeyId = Key.KeyId };

    /// <summary>The public half as a JWKS entry; <paramref name="extra"/> adds members (Bot Connector keys carry endorsements).</summary>
    public Dictionary<string, object> Jwk(IReadOnlyDictionary<string, object>? extra = null)
    {
        var parameters = _rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = Key.KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        foreach (var (name, value) in extra ?? new Dictionary<string, object>())
        {
            jwk[name] = value;
        }

        return jwk;
    }

    /// <summary>Signs <paramref name="descriptor"/> (RS256) with <paramref name="signingKey"/>, this key unless told otherwise.</summary>
    public string Sign(SecurityTokenDescriptor descriptor, SecurityKey? signingKey = null)
    {
        descriptor.SigningCredentials = new SigningCredentials(signingKey ?? Key, SecurityAlgorithms.RsaSha256);
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    public void Dispose() => _rsa.Dispose();
}
