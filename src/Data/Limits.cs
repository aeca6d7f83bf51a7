namespace WsisBot.Data;

/// <summary>Column sizes. Teams conversation ids ("19:…@thread.tacv2;messageid=…", "a:1…") run to a few hundred characters.</summary>
public static class Limits
{
    public const int ChannelId = 64;
    public const int ConversationId = 400;
    public const int ActivityId = 400;
    public const int UserId = 400;
    public const int Url = 1000;
}
