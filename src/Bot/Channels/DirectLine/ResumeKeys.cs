using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace WsisBot.Bot.Channels.DirectLine;

/// <summary>
/// What lets a web chat page resume its conversation after a reload: the user the conversation was issued to,
/// signed with the database-held Direct Line key. The page keeps it in session storage beside the conversation id;
/// unlike a token it grants nothing on Direct Line itself, only a fresh token for that one conversation and user.
/// </summary>
public sealed class ResumeKeys(DirectLineSigningKeyStore keys)
{
    private const string Purpose = "wsisbot-resume\n";

    public async ValueTask<string> IssueAsync(string conversationId, string userId, CancellationToken cancellationToken) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(userId)) + "." + Base64Url.EncodeToString(await MacAsync(conversationId, userId, cancellationToken));

    /// <summary>The user <paramref name="resumeKey"/> was issued to for <paramref name="conversationId"/>, or null when it was not ours or not for it.</summary>
    public async ValueTask<string?> VerifyAsync(string conversationId, string resumeKey, CancellationToken cancellationToken)
    {
        var dot = resumeKey.IndexOf('.');
        if (dot <= 0 || resumeKey.Length > 512)
        {
            return null;
        }

        var user = resumeKey.AsSpan(0, dot);
        var presented = resumeKey.AsSpan(dot + 1);
        if (!Base64Url.IsValid(user) || !Base64Url.IsValid(presented))
        {
            return null;
        }

        var userId = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(user));
        var mac = Base64Url.DecodeFromChars(presented);
        var expected = await MacAsync(conversationId, userId, cancellationToken);
        return CryptographicOperations.FixedTimeEquals(expected, mac) ? userId : null;
    }

    private async ValueTask<byte[]> MacAsync(string conversationId, string userId, CancellationToken cancellationToken) =>
        HMACSHA256.HashData(await keys.GetAsync(cancellationToken), Encoding.UTF8.GetBytes(Purpose + conversationId + "\n" + userId));
}
