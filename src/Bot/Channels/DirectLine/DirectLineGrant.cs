namespace WsisBot.Bot.Channels.DirectLine;

/// <summary>
/// Who is calling Direct Line: the secret's holder (any conversation, like Azure's secret), a token's holder
/// (its one conversation, as its user), or an anonymous client when no secret is configured.
/// </summary>
public sealed record DirectLineGrant(DirectLineTokenClaims? Token, bool IsSecret)
{
    public static DirectLineGrant Secret { get; } = new(null, true);

    public static DirectLineGrant Anonymous { get; } = new(null, false);

    public bool Allows(string conversationId) => IsSecret || Token?.ConversationId == conversationId;
}

/// <summary>A grant, or the HTTP status that refuses the call (401 no credentials, 403 wrong or expired ones).</summary>
public sealed record DirectLineAuthResult(DirectLineGrant? Grant, int FailureStatus, string? Problem)
{
    public static DirectLineAuthResult Granted(DirectLineGrant grant) => new(grant, 0, null);

    public static DirectLineAuthResult Refused(int status, string problem) => new(null, status, problem);
}
