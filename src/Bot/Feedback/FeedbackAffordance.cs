using System.Text.Json;
using WsisBot.Bot.Channels.Teams;
using WsisBot.Bot.Protocol;
using WsisBot.Bot.Turns;
using WsisBot.Knowledge;

namespace WsisBot.Bot.Feedback;

/// <summary>
/// Puts on an answer from the letters the feedback buttons its client renders. Teams: the feedback loop
/// (<c>channelData.feedbackLoopEnabled</c>); Teams then names the answer by the id it gave the message. Web Chat: the
/// schema.org Message entity (<c>@id ""</c>: this activity) whose like and dislike actions Web Chat 4.18 draws as thumbs
/// and posts back as they were sent, without the activity's id; so each action names its answer in <c>object</c>, by a key
/// of its own that the answer's transcript row keeps.
/// </summary>
public static class FeedbackAffordance
{
    public const string AnswerIdPrefix = "urn:uuid:";

    private static readonly JsonElement TeamsFeedbackLoop = JsonSerializer.SerializeToElement(new { feedbackLoopEnabled = true });

    /// <summary>Sends <paramref name="answer"/> (an answer from the letters to <paramref name="question"/>) with its feedback buttons.</summary>
    public static void SendAnswer(TurnContext turn, Activity answer, string question, IReadOnlyList<Citation> citations)
    {
        var key = Guid.NewGuid().ToString("D");
        turn.SendAnswer(WithButtons(answer, key), new AnswerRecord(key, question, citations));
    }

    private static Activity WithButtons(Activity answer, string key) =>
        string.Equals(answer.ChannelId, TeamsMessages.ChannelId, StringComparison.OrdinalIgnoreCase)
            // Replies carry no channelData of their own.
            ? answer with { ChannelData = TeamsFeedbackLoop }
            : answer with { Entities = [.. answer.Entities ?? [], MessageEntity(key)] };

    private static Entity MessageEntity(string key)
    {
        var answerId = new Dictionary<string, string> { ["@id"] = AnswerIdPrefix + key };
        return new Entity
        {
            Type = "https://schema.org/Message",
            ExtensionData = new Dictionary<string, JsonElement>
            {
                ["@context"] = JsonSerializer.SerializeToElement("https://schema.org"),
                ["@id"] = JsonSerializer.SerializeToElement(""),
                ["@type"] = JsonSerializer.SerializeToElement("Message"),
                ["potentialAction"] = JsonSerializer.SerializeToElement(new[]
                {
                    new Dictionary<string, object> { ["@type"] = FeedbackWire.LikeAction, ["object"] = answerId },
                    new Dictionary<string, object> { ["@type"] = FeedbackWire.DislikeAction, ["object"] = answerId },
                }),
            },
        };
    }
}
