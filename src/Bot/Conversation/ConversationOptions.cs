using System.ComponentModel.DataAnnotations;

namespace WsisBot.Bot.Conversation;

/// <summary>How long the bot keeps the thread of a conversation, section <c>Conversation</c>.</summary>
public sealed class ConversationOptions
{
    public const string Section = "Conversation";

    /// <summary>
    /// After this long without a question, the next one starts afresh: "and Gold?" an hour later is not read against the
    /// tier asked about before.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Conversation:FrameLifetime must be from {1} to {2}.")]
    public TimeSpan FrameLifetime { get; set; } = TimeSpan.FromMinutes(30);
}
