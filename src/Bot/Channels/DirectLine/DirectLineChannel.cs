using System.Globalization;
using System.Security.Cryptography;
using WsisBot.Bot.Protocol;

namespace WsisBot.Bot.Channels.DirectLine;

/// <summary>How the bot's own Direct Line names things: the channel, the bot, ids.</summary>
public static class DirectLineChannel
{
    public const string ChannelId = "directline";

    /// <summary>
    /// The <c>serviceUrl</c> of activities from the bot's own Direct Line, kept in conversation references:
    /// a reference with it is delivered through <see cref="DirectLineProactiveChannel"/>,
    /// not the Bot Connector (Azure's Direct Line uses channel id "directline" too, with its https serviceUrl).
    /// </summary>
    public const string ServiceUrl = "urn:wsisbot:directline";

    public static ChannelAccount Bot { get; } = new() { Id = "wsisbot", Name = "WsisBot", Role = "bot" };

    /// <summary>Where a proactive message goes for one of this channel's conversations.</summary>
    public static ConversationReference Reference(string conversationId, ChannelAccount? user = null) => new()
    {
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        Conversation = new ConversationAccount { Id = conversationId },
        Bot = Bot,
        User = user,
    };

    public static bool Owns(ConversationReference reference) =>
        reference.ChannelId == ChannelId && reference.ServiceUrl == ServiceUrl;

    public static string ActivityId(string conversationId, long watermark) =>
        conversationId + "|" + watermark.ToString("D7", CultureInfo.InvariantCulture);

    public static string NewConversationId() => RandomId(18);

    /// <summary>"dl_" marks ids the server chose; DirectLineJS refuses to set such an id itself.</summary>
    public static string NewUserId() => "dl_" + RandomId(12);

    private static string RandomId(int bytes) =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes)).Replace('+', '-').Replace('/', '_').TrimEnd('=');
}
