using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace WsisBot.Bot.Channels.DirectLine;

/// <summary>Reads <c>Authorization: Bearer</c> (or a WebSocket's <c>?t=</c>) as the secret or a token.</summary>
public sealed class DirectLineAuthenticator(DirectLineTokens tokens, IOptions<DirectLineOptions> options)
{
    /// <summary>
    /// Authenticates a call. <paramref name="allowAnonymous"/>: with no secret configured, a call without
    /// credentials is let through (starting a conversation, generating a token).
    /// </summary>
    public async Task<DirectLineAuthResult> AuthenticateAsync(HttpRequest request, bool allowAnonymous, CancellationToken cancellationToken, string? queryToken = null)
    {
        var presented = Bearer(request) ?? queryToken;
        if (string.IsNullOrEmpty(presented))
        {
            return allowAnonymous && !options.Value.HasSecret
                ? DirectLineAuthResult.Granted(DirectLineGrant.Anonymous)
                : DirectLineAuthResult.Refused(StatusCodes.Status401Unauthorized, "Send the Direct Line secret or a token as 'Authorization: Bearer …'.");
        }

        if (IsSecret(presented))
        {
            return DirectLineAuthResult.Granted(DirectLineGrant.Secret);
        }

        var claims = await tokens.ValidateAsync(presented, cancellationToken);
        return claims is null
            ? DirectLineAuthResult.Refused(StatusCodes.Status403Forbidden, "The token is not valid or has expired.")
            : DirectLineAuthResult.Granted(new DirectLineGrant(claims, IsSecret: false));
    }

    private bool IsSecret(string presented) =>
        options.Value.HasSecret
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(options.Value.Secret!));

    internal static string? Bearer(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : null;
    }
}
