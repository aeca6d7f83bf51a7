using System.Text.Json;
using WsisBot.Bot.Channels.Teams;
using WsisBot.Bot.Dialogs;
using WsisBot.Bot.Escalation;
using WsisBot.Bot.Hosting;
using WsisBot.Bot.Protocol;
using WsisBot.Bot.Submissions;
using WsisBot.Bot.Turns;
using WsisBot.Knowledge;

namespace WsisBot.Bot.Conversation;

/// <summary>
/// Where a turn is decided: welcome on install; for each message the language of the turn, then the
/// active dialog if there is one, else a language switch, help, a submission, or a question for the knowledge layer.
/// </summary>
public sealed class TurnRouter(
    IAnswerService answers,
    IEnumerable<IDialog> dialogs,
    SubmissionDialog submissions,
    MySubmissions mySubmissions,
    FormFactsSource formFacts,
    EscalationService escalation)
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
            turn.Language = chosen;
            turn.State = turn.State with { ChosenLanguage = chosen };
            turn.SendText(Phrases.LanguageSwitched(chosen), Suggestions(chosen));
            return;
        }

        turn.Language = ResolveLanguage(turn, text);
        await escalation.NoteUserMessageAsync(turn, cancellationToken);
        var dialogContext = new DialogContext(turn, dialogs);
        if (!string.IsNullOrEmpty(text) && EscalationPhrases.IsOfferAccepted(text))
        {
            await HandOverAsync(turn, dialogContext, text, cancellationToken);
            return;
        }

        if (await dialogContext.ContinueAsync(cancellationToken))
        {
            return;
        }

        if (CardSubmit.From(turn) is { } orphan)
        {
            await submissions.AnswerStaleCardAsync(turn, orphan, formIsActive: false, cancellationToken);
            return;
        }

        if (string.IsNullOrEmpty(text) || await mySubmissions.TryHandleCommandAsync(turn, text, cancellationToken))
        {
            return;
        }

        if (SubmissionForms.All.FirstOrDefault(f => IsStartCommand(f, text)) is { } startForm)
        {
            await dialogContext.BeginAsync(SubmissionDialog.DialogName, startForm.Code, cancellationToken);
            return;
        }

        var understanding = answers.Understand(text, turn.Language);
        switch (understanding.Intent)
        {
            case Intent.Submit when understanding.Programme is { } programme:
                await dialogContext.BeginAsync(SubmissionDialog.DialogName, SubmissionForms.For(programme).Code, cancellationToken);
                break;
            case Intent.Submit or Intent.WhatCanISubmit:
                var facts = formFacts.Current();
                turn.SendText(SubmissionPhrases.WhichForm(facts, turn.Language), SubmissionPhrases.OpenFormSuggestions(facts, turn.Language));
                break;
            case Intent.MySubmissions:
                await mySubmissions.ListAsync(turn, cancellationToken);
                break;
            case Intent.Help:
                turn.SendText(Phrases.Help(turn.Language), Suggestions(turn.Language));
                break;
            case Intent.Greeting:
                turn.SendText(Phrases.Greeting(turn.Language), Suggestions(turn.Language));
                break;
            case Intent.Human:
                await HandOverAsync(turn, dialogContext, text, cancellationToken);
                break;
            default:
                await AnswerAsync(turn, understanding, cancellationToken);
                break;
        }
    }

    private async Task AnswerAsync(TurnContext turn, Understanding understanding, CancellationToken cancellationToken)
    {
        var answer = await answers.AnswerAsync(understanding, turn.Language, cancellationToken);
        turn.Measure(new AnswerMeasured(answer.Intent.ToString(), answer.Kind.ToString(), answer.Kind == AnswerKind.Abstain));
        if (answer.Kind == AnswerKind.Abstain)
        {
            turn.State = turn.State with { LastUnanswered = understanding.Text };
            turn.SendText(answer.Text, [new CardAction
            {
                Type = "imBack",
                Title = EscalationPhrases.OfferButton(turn.Language),
                Value = JsonSerializer.SerializeToElement(EscalationPhrases.OfferButton(turn.Language)),
            }]);
            return;
        }

        turn.State = turn.State with { LastUnanswered = null };
        turn.SendText(answer.Text);
    }

    /// <summary>Hands the conversation to the secretariat: about the last unanswered question if there is one, with the form in progress if any.</summary>
    private async Task HandOverAsync(TurnContext turn, DialogContext dialogContext, string text, CancellationToken cancellationToken)
    {
        var unanswered = turn.State.LastUnanswered;
        await escalation.OpenAsync(
            turn,
            unanswered is null ? Data.Escalation.TicketReason.UserAsked : Data.Escalation.TicketReason.Unanswered,
            unanswered ?? text,
            SubmissionDialog.FormDataJson(dialogContext),
            cancellationToken);
        turn.State = turn.State with { LastUnanswered = null };
    }

    private static bool IsStartCommand(SubmissionForm form, string text) =>
        string.Equals(text, SubmissionPhrases.StartCommand(form, Language.French), StringComparison.OrdinalIgnoreCase)
        || string.Equals(text, SubmissionPhrases.StartCommand(form, Language.English), StringComparison.OrdinalIgnoreCase);

    private static void WelcomeOnce(TurnContext turn)
    {
        // Personal installs add the bot and the user; team installs add only the bot. Either way, once per conversation.
        if (turn.Activity.MembersAdded is not { Count: > 0 } || turn.State.Welcomed)
        {
            return;
        }

        turn.SendText(Phrases.Welcome, Suggestions(turn.Language));
        turn.State = turn.State with { Welcomed = true };
    }

    /// <summary>
    /// An explicit choice wins until the channel's locale changes (the web page's switch); then the locale,
    /// then the text itself, then the conversation's last language.
    /// </summary>
    private Language ResolveLanguage(TurnContext turn, string? text)
    {
        var state = turn.State;
        var locale = turn.Activity.Locale;
        var localeChanged = locale is not null && state.LastLocale is not null && !string.Equals(locale, state.LastLocale, StringComparison.OrdinalIgnoreCase);
        if (localeChanged && state.ChosenLanguage is not null)
        {
            turn.State = state with { ChosenLanguage = null };
        }
        else if (state.ChosenLanguage is { } chosen)
        {
            return chosen;
        }

        return LanguageExtensions.FromLocale(locale)
            ?? (string.IsNullOrWhiteSpace(text) ? null : answers.DetectLanguage(text))
            ?? state.Language
            ?? Language.French;
    }

    private static List<CardAction> Suggestions(Language language) =>
        [.. Phrases.CommonQuestions(language).Select(q => new CardAction
        {
            Type = "imBack",
            Title = q.Title,
            Value = JsonSerializer.SerializeToElement(q.Value),
        })];
}
