using System.Text.Json;
using System.Text.Json.Serialization;

namespace WsisBot.Bot.Protocol;

/// <summary>
/// A Bot Framework activity (Activity schema, camelCase JSON). Properties the bot does not model
/// are kept in <see cref="ExtensionData"/> so a round trip loses nothing a channel sent.
/// </summary>
public sealed record Activity
{
    public string? Type { get; init; }
    public string? Id { get; init; }
    [JsonConverter(typeof(UtcTimestampConverter))]
    public DateTimeOffset? Timestamp { get; init; }
    public DateTimeOffset? LocalTimestamp { get; init; }
    public string? LocalTimezone { get; init; }
    public string? Locale { get; init; }
    public string? ServiceUrl { get; init; }
    public string? ChannelId { get; init; }
    public ChannelAccount? From { get; init; }
    public ChannelAccount? Recipient { get; init; }
    public ConversationAccount? Conversation { get; init; }
    public string? ReplyToId { get; init; }
    public string? Text { get; init; }
    public string? TextFormat { get; init; }
    public string? Speak { get; init; }
    public string? InputHint { get; init; }
    public string? AttachmentLayout { get; init; }
    public IReadOnlyList<Attachment>? Attachments { get; init; }
    public SuggestedActions? SuggestedActions { get; init; }
    public IReadOnlyList<Entity>? Entities { get; init; }
    public JsonElement? Value { get; init; }
    public string? Name { get; init; }
    public JsonElement? ChannelData { get; init; }
    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }
    public IReadOnlyList<ChannelAccount>? MembersRemoved { get; init; }
    public string? Code { get; init; }
    public ConversationReference? RelatesTo { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; init; }

    public bool IsType(string type) => string.Equals(Type, type, StringComparison.OrdinalIgnoreCase);

    /// <summary>The reference to keep for replying later (proactive messages).</summary>
    public ConversationReference GetConversationReference() => new()
    {
        ActivityId = Id,
        User = From,
        Bot = Recipient,
        Conversation = Conversation,
        ChannelId = ChannelId,
        Locale = Locale,
        ServiceUrl = ServiceUrl,
    };

    /// <summary>A reply addressed back along this activity: from/recipient swapped, same conversation.</summary>
    public Activity CreateReply(string type = ActivityTypes.Message) => new()
    {
        Type = type,
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        From = Recipient,
        Recipient = From,
        Conversation = Conversation,
        ReplyToId = Id,
        Locale = Locale,
    };
}

public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string Invoke = "invoke";
    public const string Typing = "typing";
    public const string Event = "event";
    public const string EndOfConversation = "endOfConversation";
    public const string InstallationUpdate = "installationUpdate";
    public const string MessageReaction = "messageReaction";
}

public static class TextFormats
{
    public const string Markdown = "markdown";
    public const string Plain = "plain";
}
