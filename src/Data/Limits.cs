namespace WsisBot.Data;

/// <summary>Column sizes. Teams conversation ids ("19:…@thread.tacv2;messageid=…", "a:1…") run to a few hundred characters.</summary>
public static class Limits
{
    public const int ChannelId = 64;
    public const int ConversationId = 400;
    public const int ActivityId = 400;
    public const int UserId = 400;
    public const int Url = 1000;

    /// <summary>A question as users wrote it (a ticket's, an answer's).</summary>
    public const int Question = 4000;

    /// <summary>A comment a user adds to their feedback.</summary>
    public const int Comment = 2000;
}
