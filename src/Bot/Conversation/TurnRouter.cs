using WsisBot.Bot.Channels.Teams;
using WsisBot.Bot.Dialogs;
using WsisBot.Bot.Escalation;
using WsisBot.Bot.Feedback;
using WsisBot.Bot.Protocol;
using WsisBot.Bot.Submissions;
using WsisBot.Bot.Turns;
using WsisBot.Knowledge;

namespace WsisBot.Bot.Conversation;

/// <summary>
/// Where a turn is decided: welcome on install; feedback on an answer (<see cref="FeedbackReceiver"/>); for each message a
/// language switch, else the language of the turn, then the active dialog if there is one (a form routes its own
/// interruptions through <see cref="MessageRouter"/>), else <see cref="MessageRouter"/>: help, greeting, hand-over, the
/// user's submissions, a form, or a question for the letters.
/// </summary>
public sealed class TurnRouter(
    IAnswerService answers,
    IEnumerable<IDialog> dialogs,
    SubmissionDialog submissions,
    MessageRouter router,
    EscalationService escalation,
    FeedbackReceiver feedback,
    QuestionThread thread) : ITurnHandler
{
    public async Task RouteAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (activity.IsType(ActivityTypes.ConversationUpdate) || activity.IsType(ActivityTypes.InstallationUpdate))
        {
            turn.Language = ResolveLanguage(turn, text: null);
            WelcomeOnce(turn);
        }
        else if (activity.IsType(ActivityTypes.Message))
        {
            await OnMessageAsync(turn, cancellationToken);
        }
        else if (ActionExecute.IsInvoke(activity))
        {
            await OnMessageAsync(turn, cancellationToken);
            turn.InvokeResponse = ActionExecute.Respond(turn);
        }
        else if (LanguageSwitch.FromPage(activity) is { } picked)
        {
            SwitchTo(turn, picked);
        }
        else if (FeedbackWire.Is(activity))
        {
            // Whatever form is open stays as it was: feedback is about an answer, not an answer to the form.
            turn.Language = ResolveLanguage(turn, text: null);
            await feedback.ReceiveAsync(turn, cancellationToken);
        }
        else if (activity.IsType(ActivityTypes.Invoke))
        {
            turn.InvokeResponse = new InvokeResponse(StatusCodes.Status501NotImplemented);
        }

        turn.State = turn.State with { Language = turn.Language, LastLocale = activity.Locale ?? turn.State.LastLocale };
    }

    private async Task OnMessageAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var text = turn.Activity.Text?.Trim();
        var requested = LanguageSwitch.Requested(text);
        if (requested is { } chosen)
        {
            SwitchTo(turn, chosen);
            return;
        }

        turn.Language = ResolveLanguage(turn, text);
        await escalation.NoteUserMessageAsync(turn, cancellationToken);
        var dialogContext = new DialogContext(turn, dialogs);
        if (await dialogContext.ContinueAsync(cancellationToken))
        {
            return;
        }

        if (CardSubmit.From(turn) is { } orphan)
        {
            await submissions.AnswerStaleCardAsync(turn, orphan, formIsActive: false, cancellationToken);
            return;
        }

        if (!string.IsNullOrEmpty(text))
        {
            await router.FollowAsync(dialogContext, router.Read(text, turn.Language, thread.Current(turn), offerPending: turn.State.LastUnanswered is not null), cancellationToken);
        }
    }

    /// <summary>The user chose a language (in words, or with the page's switch): it holds until they choose again.</summary>
    private static void SwitchTo(TurnContext turn, Language chosen)
    {
        turn.Language = chosen;
        turn.State = turn.State with { ChosenLanguage = chosen };
        turn.SendText(Phrases.LanguageSwitched(chosen), Phrases.CommonQuestions(chosen));
    }

    private static void WelcomeOnce(TurnContext turn)
    {
        // Personal installs add the bot and the user; team installs add only the bot. Either way, once per conversation.
        if (turn.Activity.MembersAdded is not { Count: > 0 } || turn.State.Welcomed)
        {
            return;
        }

        turn.SendText(Phrases.Welcome, Phrases.CommonQuestions(turn.Language));
        turn.State = turn.State with { Welcomed = true };
    }

    /// <summary>
    /// The language of the words when they clearly are one (an explicit choice — "English please" — holds until the user
    /// writes clearly in the other language or the channel's locale changes); for a short or ambiguous text ("ok", "Gold",
    /// a name), the locale when it just changed (the web page's switch), else the conversation's language, else the locale.
    /// </summary>
    private Language ResolveLanguage(TurnContext turn, string? text)
    {
        var state = turn.State;
        var locale = turn.Activity.Locale;
        var localeChanged = locale is not null && state.LastLocale is not null && !string.Equals(locale, state.LastLocale, StringComparison.OrdinalIgnoreCase);
        var words = string.IsNullOrWhiteSpace(text) ? null : answers.DetectLanguage(text);
        if (state.ChosenLanguage is { } chosen)
        {
            if (!localeChanged && (words is null || words == chosen))
            {
                return chosen;
            }

            turn.State = state with { ChosenLanguage = null };
        }

        var fromLocale = LanguageExtensions.FromLocale(locale);
        return words
            ?? (localeChanged ? fromLocale : null)
            ?? state.Language
            ?? fromLocale
            ?? Language.French;
    }
}
