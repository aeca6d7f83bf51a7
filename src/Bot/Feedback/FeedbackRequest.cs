using WsisBot.Data.Feedback;

namespace WsisBot.Bot.Feedback;

/// <summary>Feedback on one answer, as read from either client's wire format.</summary>
public sealed record FeedbackRequest(FeedbackReaction Reaction, AnswerReference Answer, string? Comment);

/// <summary>How a client names the answer its feedback is about.</summary>
public abstract record AnswerReference
{
    /// <summary>Web Chat: the key the answer's like and dislike actions carry.</summary>
    public sealed record ByKey(string Key) : AnswerReference;

    /// <summary>Teams: the id the channel gave the answer's message (the invoke's <c>replyToId</c>).</summary>
    public sealed record ByMessageId(string Id) : AnswerReference;
}
