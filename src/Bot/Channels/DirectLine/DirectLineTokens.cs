using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace WsisBot.Bot.Channels.DirectLine;

/// <summary>What a Direct Line token grants: one conversation, as one user, until it expires.</summary>
public sealed record DirectLineTokenClaims(string ConversationId, string UserId, DateTimeOffset ExpiresAt);

/// <summary>A token as handed to a client, with its lifetime in seconds (<c>expires_in</c>).</summary>
public sealed record IssuedDirectLineToken(string Token, DirectLineTokenClaims Claims, int ExpiresIn);

/// <summary>
/// Self-contained Direct Line tokens: compact HS256 JWTs (so DirectLineJS can read the <c>user</c> claim, as it
/// does with Azure's) signed with the database-held key. Nothing is stored per token; expiry follows the
/// app's <see cref="TimeProvider"/>.
/// </summary>
public sealed class DirectLineTokens(DirectLineSigningKeyStore keys, TimeProvider clock, IOptions<DirectLineOptions> options)
{
    private static readonly string Header = Base64Url.EncodeToString("""{"alg":"HS256","typ":"JWT"}"""u8);

    public async ValueTask<IssuedDirectLineToken> IssueAsync(string conversationId, string userId, CancellationToken cancellationToken)
    {
        var lifetime = options.Value.TokenLifetime;
        var now = clock.GetUtcNow();
        var payload = new Payload(conversationId, userId, now.ToUnixTimeSeconds(), UnixSeconds(now + lifetime));
        var body = Header + "." + Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(payload, PayloadJson.Default.Payload));
        var signature = Base64Url.EncodeToString(HMACSHA256.HashData(await keys.GetAsync(cancellationToken), Encoding.ASCII.GetBytes(body)));
        var claims = new DirectLineTokenClaims(conversationId, userId, now + lifetime);
        return new IssuedDirectLineToken(body + "." + signature, claims, (int)lifetime.TotalSeconds);
    }

    /// <summary>The token's claims, or null when it is malformed, not ours, or expired.</summary>
    public async ValueTask<DirectLineTokenClaims?> ValidateAsync(string token, CancellationToken cancellationToken)
    {
        var lastDot = token.LastIndexOf('.');
        var firstDot = token.IndexOf('.');
        if (firstDot <= 0 || lastDot <= firstDot || token.Length > 2048 || !token.AsSpan(0, firstDot).SequenceEqual(Header))
        {
            return null;
        }

        var expected = HMACSHA256.HashData(await keys.GetAsync(cancellationToken), Encoding.ASCII.GetBytes(token[..lastDot]));
        var presented = FromBase64Url(token[(lastDot + 1)..]);
        if (presented is null || !CryptographicOperations.FixedTimeEquals(expected, presented))
        {
            return null;
        }

        Payload? payload;
        try
        {
            var json = FromBase64Url(token[(firstDot + 1)..lastDot]);
            payload = json is null ? null : JsonSerializer.Deserialize(json, PayloadJson.Default.Payload);
        }
        catch (JsonException)
        {
            return null;
        }

        if (payload is not { Conv.Length: > 0, User.Length: > 0 } || payload.Exp <= UnixSeconds(clock.GetUtcNow()))
        {
            return null;
        }

        return new DirectLineTokenClaims(payload.Conv, payload.User, DateTimeOffset.FromUnixTimeMilliseconds((long)(payload.Exp * 1000)));
    }

    /// <summary>JWT NumericDate, to the millisecond (the JWT spec allows fractions): a token lives exactly its lifetime.</summary>
    private static double UnixSeconds(DateTimeOffset instant) => instant.ToUnixTimeMilliseconds() / 1000.0;

    private static byte[]? FromBase64Url(string text) => Base64Url.IsValid(text) ? Base64Url.DecodeFromChars(text) : null;

    internal sealed record Payload(string Conv, string User, long Iat, double Exp);
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(DirectLineTokens.Payload))]
internal sealed partial class PayloadJson : JsonSerializerContext;
