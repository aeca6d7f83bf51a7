using System.Text.Json;
using WsisBot.Bot.Protocol;
using WsisBot.Data;
using WsisBot.Data.Feedback;

namespace WsisBot.Bot.Feedback;

/// <summary>
/// Feedback as each client sends it. Web Chat 4.18: an event <c>webchat:activity-status/feedback</c> whose entities hold
/// the like or dislike action the user chose, as the answer carried it. Teams: an invoke <c>message/submitAction</c> with
/// <c>value {actionName: "feedback", actionValue: {reaction: "like"|"dislike", feedback: "{\"feedbackText\":…}"}}</c>
/// and <c>replyToId</c> the answer's message id; it is answered 200 with an empty object.
/// </summary>
public static class FeedbackWire
{
    public const string WebChatEvent = "webchat:activity-status/feedback";
    public const string TeamsInvoke = "message/submitAction";
    public const string LikeAction = "LikeAction";
    public const string DislikeAction = "DislikeAction";

    /// <summary>Whether the activity is feedback in either client's form, readable or not.</summary>
    public static bool Is(Activity activity) =>
        (activity.IsType(ActivityTypes.Event) && activity.Name == WebChatEvent)
        || (activity.IsType(ActivityTypes.Invoke) && activity.Name == TeamsInvoke);

    /// <summary>The feedback an activity <see cref="Is"/> carries, or null when it is malformed.</summary>
    public static FeedbackRequest? Read(Activity activity) =>
        activity.IsType(ActivityTypes.Invoke) ? FromTeams(activity) : FromWebChat(activity);

    private static FeedbackRequest? FromWebChat(Activity activity)
    {
        foreach (var entity in activity.Entities ?? [])
        {
            var reaction = String(entity?.ExtensionData?.GetValueOrDefault("@type")) switch
            {
                LikeAction => FeedbackReaction.Like,
                DislikeAction => FeedbackReaction.Dislike,
                _ => (FeedbackReaction?)null,
            };
            if (reaction is null)
            {
                continue;
            }

            return entity!.ExtensionData!.GetValueOrDefault("object") is { ValueKind: JsonValueKind.Object } answer
                && answer.TryGetProperty("@id", out var id) && String(id) is { } answerId
                && answerId.StartsWith(FeedbackAffordance.AnswerIdPrefix, StringComparison.Ordinal)
                && Guid.TryParseExact(answerId[FeedbackAffordance.AnswerIdPrefix.Length..], "D", out var key)
                ? new FeedbackRequest(reaction.Value, new AnswerReference.ByKey(key.ToString("D")), Comment: null)
                : null;
        }

        return null;
    }

    private static FeedbackRequest? FromTeams(Activity activity)
    {
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value
            || !value.TryGetProperty("actionName", out var name) || String(name) != "feedback"
            || !value.TryGetProperty("actionValue", out var action) || action.ValueKind != JsonValueKind.Object
            || string.IsNullOrEmpty(activity.ReplyToId))
        {
            return null;
        }

        var reaction = action.TryGetProperty("reaction", out var r) ? String(r) : null;
        if (reaction is not ("like" or "dislike") || !TryComment(action, out var comment))
        {
            return null;
        }

        return new FeedbackRequest(
            reaction == "like" ? FeedbackReaction.Like : FeedbackReaction.Dislike, new AnswerReference.ByMessageId(activity.ReplyToId), comment);
    }

    /// <summary>Teams' form sends <c>feedback</c> as a JSON string; an object, or none, is read too.</summary>
    private static bool TryComment(JsonElement action, out string? comment)
    {
        comment = null;
        if (!action.TryGetProperty("feedback", out var feedback) || feedback.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        JsonElement form;
        try
        {
            form = feedback.ValueKind == JsonValueKind.String ? JsonDocument.Parse(feedback.GetString()!).RootElement : feedback;
        }
        catch (JsonException)
        {
            return false;
        }

        if (form.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        if (!form.TryGetProperty("feedbackText", out var text))
        {
            return true;
        }

        if (text.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        var trimmed = text.GetString()!.Trim();
        comment = trimmed.Length == 0 ? null : trimmed.Length > Limits.Comment ? trimmed[..Limits.Comment] : trimmed;
        return true;
    }

    private static string? String(JsonElement? element) => element is { ValueKind: JsonValueKind.String } s ? s.GetString() : null;
}
