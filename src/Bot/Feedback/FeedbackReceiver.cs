using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WsisBot.Bot.Escalation;
using WsisBot.Bot.Hosting;
using WsisBot.Bot.Protocol;
using WsisBot.Bot.Turns;
using WsisBot.Data.Conversations;
using WsisBot.Data.Feedback;
using WsisBot.Knowledge;

namespace WsisBot.Bot.Feedback;

/// <summary>
/// Takes a user's feedback on one of the bot's answers from the letters, in the turn's unit of work: stored with the
/// question, the answer, its citations, language and channel; a thumbs-down offers the secretariat at once. Feedback that
/// is malformed, names no answer of this conversation, rates someone else's answer or comes a second time is refused in
/// the turn's language and changes nothing.
/// </summary>
public sealed class FeedbackReceiver(TimeProvider clock)
{
    /// <summary>Teams wants 200 and an empty object for every feedback it sends; a refusal is said in the conversation.</summary>
    private static readonly InvokeResponse Taken = new(StatusCodes.Status200OK, new { });

    public async Task ReceiveAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (FeedbackWire.Read(turn.Activity) is not { } request)
        {
            // No Teams client sends this.
            Refuse(turn, FeedbackPhrases.Unreadable(turn.Language), new InvokeResponse(StatusCodes.Status400BadRequest, new { }));
            return;
        }

        if (await FindAsync(turn, request.Answer, cancellationToken) is not { } answer)
        {
            Refuse(turn, FeedbackPhrases.NotInThisConversation(turn.Language));
            return;
        }

        var sent = JsonSerializer.Deserialize<Activity>(answer.ActivityJson, ProtocolJson.Options);
        var userId = turn.Activity.From?.Id;
        if (userId is null || sent?.Recipient?.Id != userId)
        {
            Refuse(turn, FeedbackPhrases.NotYours(turn.Language));
            return;
        }

        if (await turn.Store.Feedback.AnyAsync(f => f.AnswerEntryId == answer.Id, cancellationToken))
        {
            Refuse(turn, FeedbackPhrases.AlreadyGiven(turn.Language));
            return;
        }

        turn.Store.Add(new AnswerFeedback
        {
            ChannelId = answer.ChannelId,
            ConversationId = answer.ConversationId,
            UserId = userId,
            AnswerEntryId = answer.Id,
            Question = answer.Question ?? "",
            Answer = answer.Text ?? "",
            CitationsJson = answer.CitationsJson ?? "[]",
            Language = (LanguageExtensions.FromLocale(sent.Locale) ?? turn.Language).ToLocale(),
            Reaction = request.Reaction,
            Comment = request.Comment,
            At = clock.GetUtcNow(),
        });
        turn.Measure(new FeedbackMeasured(request.Reaction.ToString()));
        if (request.Reaction == FeedbackReaction.Dislike)
        {
            turn.State = turn.State.Offering(answer.Question ?? "", afterDislike: true);
            var offer = EscalationPhrases.OfferButton(turn.Language);
            turn.SendText(FeedbackPhrases.OfferAfterDislike(turn.Language, formOpen: turn.State.DialogStack.Count > 0), [CardAction.ImBack(offer, offer)]);
        }

        // A like gets no reply: both clients show the pressed thumb.
        Answer(turn, Taken);
    }

    /// <summary>The answer of this conversation that the feedback names; only answers from the letters have a feedback key.</summary>
    private static Task<TranscriptEntry?> FindAsync(TurnContext turn, AnswerReference reference, CancellationToken cancellationToken)
    {
        var channelId = turn.Activity.ChannelId ?? "unknown";
        var conversationId = turn.Activity.Conversation!.Id!;
        var answers = turn.Store.Transcript.Where(t =>
            t.ChannelId == channelId && t.ConversationId == conversationId && t.Direction == TranscriptDirection.Outgoing && t.FeedbackKey != null);
        return (reference switch
        {
            AnswerReference.ByKey byKey => answers.Where(t => t.FeedbackKey == byKey.Key),
            AnswerReference.ByMessageId byId => answers.Where(t => t.ActivityId == byId.Id),
            _ => throw new ArgumentOutOfRangeException(nameof(reference)),
        }).FirstOrDefaultAsync(cancellationToken);
    }

    private static void Refuse(TurnContext turn, string text, InvokeResponse? invoke = null)
    {
        turn.SendText(text);
        Answer(turn, invoke ?? Taken);
    }

    private static void Answer(TurnContext turn, InvokeResponse invoke)
    {
        if (turn.Activity.IsType(ActivityTypes.Invoke))
        {
            turn.InvokeResponse = invoke;
        }
    }
}
