using System.Text.Json;
using WsisBot.Bot.Protocol;
using WsisBot.Data;
using WsisBot.Data.Conversations;

namespace WsisBot.Bot.Turns;

/// <summary>Transcript rows for activities in and out, and how their delivery went.</summary>
internal static class TranscriptRows
{
    /// <param name="json">The activity's JSON when it was serialised already (as logged by its channel).</param>
    public static TranscriptEntry Incoming(Activity activity, DateTimeOffset now, string? json = null) =>
        Create(activity, TranscriptDirection.Incoming, DeliveryStatus.Received, now, json);

    /// <summary>
    /// An outgoing activity: pending until its channel takes it, or already <paramref name="delivered"/> when delivery was
    /// part of the turn; an <paramref name="answer"/> from the letters keeps what its feedback is stored with.
    /// </summary>
    public static TranscriptEntry Outgoing(Activity activity, DateTimeOffset now, bool delivered = false, string? json = null, AnswerRecord? answer = null)
    {
        var row = Create(activity, TranscriptDirection.Outgoing, delivered ? DeliveryStatus.Delivered : DeliveryStatus.Pending, now, json);
        if (answer is not null)
        {
            row.FeedbackKey = answer.FeedbackKey;
            row.Question = Clip(answer.Question, Limits.Question);
            row.CitationsJson = AnswerRecord.ToJson(answer.Citations);
        }

        return row;
    }

    private static TranscriptEntry Create(Activity activity, TranscriptDirection direction, DeliveryStatus delivery, DateTimeOffset now, string? json) => new()
    {
        ChannelId = activity.ChannelId ?? "unknown",
        ConversationId = activity.Conversation?.Id ?? string.Empty,
        ActivityId = Clip(activity.Id, Limits.ActivityId),
        Direction = direction,
        Type = Clip(activity.Type, 64) ?? "unknown",
        FromId = Clip(activity.From?.Id, Limits.UserId),
        Text = activity.Text,
        ActivityJson = json ?? JsonSerializer.Serialize(activity, ProtocolJson.Options),
        // When the bot saw it: a client's own timestamp could backdate rows past the retention purge.
        Timestamp = now,
        Delivery = delivery,
    };

    private static string? Clip(string? value, int max) => value is null || value.Length <= max ? value : value[..max];
}
