using System.Globalization;
using System.Security.Claims;

namespace WsisBot.Bot.Channels.DirectLine;

/// <summary>
/// Who is calling Direct Line: the secret's holder (any conversation, like Azure's secret), a token's holder
/// (its one conversation, as its user), or an anonymous client when no secret is configured.
/// </summary>
public sealed record DirectLineGrant(DirectLineTokenClaims? Token, bool IsSecret)
{
    private const string SecretClaim = "directline:secret";
    private const string ConversationClaim = "directline:conversation";
    private const string ExpiresClaim = "directline:expires";

    public static DirectLineGrant Secret { get; } = new(null, true);

    public static DirectLineGrant Anonymous { get; } = new(null, false);

    public bool Allows(string conversationId) => IsSecret || Token?.ConversationId == conversationId;

    public ClaimsIdentity ToIdentity(string scheme) => new(
        IsSecret
            ? [new Claim(SecretClaim, "true")]
            : [new Claim(ClaimTypes.NameIdentifier, Token!.UserId), new Claim(ConversationClaim, Token.ConversationId),
               new Claim(ExpiresClaim, Token.ExpiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture))],
        scheme);

    /// <summary>The grant the Direct Line scheme authenticated, or null when the caller presented nothing.</summary>
    public static DirectLineGrant? Of(ClaimsPrincipal user)
    {
        if (user.Identity?.AuthenticationType != DirectLineAuthentication.SchemeName)
        {
            return null;
        }

        if (user.HasClaim(SecretClaim, "true"))
        {
            return Secret;
        }

        var expires = DateTimeOffset.FromUnixTimeSeconds(long.Parse(user.FindFirstValue(ExpiresClaim)!, CultureInfo.InvariantCulture));
        return new DirectLineGrant(new DirectLineTokenClaims(user.FindFirstValue(ConversationClaim)!, user.FindFirstValue(ClaimTypes.NameIdentifier)!, expires), IsSecret: false);
    }

    /// <summary>The caller's grant on a route the policies let through: anonymous when nothing was presented.</summary>
    public static DirectLineGrant Of(HttpContext http) => Of(http.User) ?? Anonymous;
}
