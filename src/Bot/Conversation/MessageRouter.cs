using WsisBot.Bot.Dialogs;
using WsisBot.Bot.Escalation;
using WsisBot.Bot.Feedback;
using WsisBot.Bot.Hosting;
using WsisBot.Bot.Protocol;
using WsisBot.Bot.Submissions;
using WsisBot.Bot.Turns;
using WsisBot.Data.Escalation;
using WsisBot.Knowledge;
using WsisBot.Knowledge.Vocabulary;

namespace WsisBot.Bot.Conversation;

/// <summary>
/// The one place that decides what a user's message asks and acts on it — for a message with no form in progress
/// (<see cref="TurnRouter"/>) and for one that interrupts a form (<see cref="SubmissionDialog"/>): help, greeting,
/// hand-over, the user's submissions, a form, or a question for the knowledge layer.
/// </summary>
public sealed class MessageRouter(IAnswerService answers, MySubmissions mySubmissions, FormFactsSource formFacts, EscalationService escalation, QuestionThread thread) : IInterruptions
{
    /// <summary>What the buttons that open a form send ("Je veux soumettre : …", "I want to submit: …"), in both languages.</summary>
    private static readonly Dictionary<string, SubmissionForm> StartCommands = SubmissionForms.All
        .SelectMany(form => new[] { Language.French, Language.English }.Select(language => (Text: SubmissionPhrases.StartCommand(form, language), Form: form)))
        .ToDictionary(c => c.Text, c => c.Form, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The bot's own commands first, then the knowledge layer's reading of the text (whose cues are the only ones), as a
    /// follow-up of <paramref name="previous"/> when it leans on it. With <paramref name="offerPending"/> (the bot just offered
    /// to reach the secretariat), "yes" / « oui » takes the offer and "no" / « non » declines it.
    /// </summary>
    public MessageRoute Read(string text, Language language, QuestionFrame? previous = null, bool offerPending = false)
    {
        var understanding = answers.Understand(text, language, previous);
        if (text.Trim() == "?")
        {
            return new(Destination.Help, understanding, Standalone: true);
        }

        // "agent" alone asks for a person; in a form it is as likely the answer to "your job title" (not standalone).
        if (Lexicon.Commands.PersonAlone.IsWhole(text))
        {
            return new(Destination.HandOver, understanding);
        }

        if (offerPending && Lexicon.Commands.Yes.IsWhole(text))
        {
            return new(Destination.HandOver, understanding, Standalone: true);
        }

        if (offerPending && Lexicon.Commands.No.IsWhole(text))
        {
            return new(Destination.DeclineOffer, understanding, Standalone: true);
        }

        if (MySubmissions.IsCommand(text))
        {
            return new(Destination.SubmissionCommand, understanding, Standalone: true);
        }

        if (StartCommands.TryGetValue(text, out var form))
        {
            return new(Destination.StartForm, understanding, form, Standalone: true);
        }

        var standalone = understanding.Standalone;
        return understanding.Intent switch
        {
            Intent.Human => new(Destination.HandOver, understanding, Standalone: standalone),
            Intent.MySubmissions => new(Destination.MySubmissions, understanding, Standalone: standalone),
            Intent.Help => new(Destination.Help, understanding, Standalone: standalone),
            Intent.Greeting => new(Destination.Greeting, understanding, Standalone: standalone),
            Intent.Thanks => new(Destination.Thanks, understanding, Standalone: standalone),
            Intent.Submit when understanding.Programme is { } programme => new(Destination.StartForm, understanding, SubmissionForms.For(programme)),
            Intent.Submit or Intent.WhatCanISubmit => new(Destination.WhichForm, understanding),
            _ => new(Destination.Question, understanding),
        };
    }

    /// <summary>Inside a form, asking to submit is answered from the letters: the form in progress is not left for another.</summary>
    public async Task<Interruption?> TryAsync(DialogContext dialogs, string text, bool anyRequest, CancellationToken cancellationToken)
    {
        var route = Read(text, dialogs.Turn.Language);
        if (!(route.Standalone || DialogCommands.IsQuestion(text) || anyRequest))
        {
            return null;
        }

        await FollowAsync(dialogs, route.InsideForm(), cancellationToken);
        return new Interruption(WasHelp: route.To == Destination.Help);
    }

    public async Task FollowAsync(DialogContext dialogs, MessageRoute route, CancellationToken cancellationToken)
    {
        var turn = dialogs.Turn;
        var text = route.Understanding.Text;
        switch (route.To)
        {
            case Destination.HandOver:
                QuestionThread.Clear(turn);
                await HandOverAsync(dialogs, text, cancellationToken);
                break;
            case Destination.DeclineOffer:
                turn.State = turn.State.WithoutOffer();
                turn.SendText(Phrases.OfferDeclined(turn.Language), Phrases.CommonQuestions(turn.Language));
                break;
            case Destination.Thanks:
                turn.SendText(Phrases.Thanks(turn.Language));
                break;
            case Destination.MySubmissions:
                await mySubmissions.ListAsync(turn, cancellationToken);
                break;
            case Destination.SubmissionCommand:
                await mySubmissions.HandleCommandAsync(turn, text, cancellationToken);
                break;
            case Destination.Help:
                turn.SendText(Phrases.Help(turn.Language), Phrases.CommonQuestions(turn.Language));
                break;
            case Destination.Greeting:
                turn.SendText(Phrases.Greeting(turn.Language), Phrases.CommonQuestions(turn.Language));
                break;
            case Destination.StartForm:
                QuestionThread.Clear(turn);
                await dialogs.BeginAsync(SubmissionDialog.DialogName, route.Form!.Code, cancellationToken);
                break;
            case Destination.WhichForm:
                var facts = formFacts.Current();
                turn.SendText(SubmissionPhrases.WhichForm(facts, turn.Language), SubmissionPhrases.OpenFormSuggestions(facts, turn.Language));
                break;
            default:
                await AnswerAsync(turn, route.Understanding, cancellationToken);
                break;
        }
    }

    private async Task AnswerAsync(TurnContext turn, Understanding understanding, CancellationToken cancellationToken)
    {
        var asked = understanding.Text;
        // A follow-up may be rewritten into a standalone question by the language model, when one is configured.
        if (understanding.FollowsUp && thread.Current(turn) is { } previous)
        {
            understanding = await answers.RewriteFollowUpAsync(understanding, previous, turn.Language, cancellationToken);
        }

        var answer = await answers.AnswerAsync(understanding, turn.Language, cancellationToken);
        turn.Measure(new AnswerMeasured(answer.Intent.ToString(), answer.Kind.ToString(), answer.Kind == AnswerKind.Abstain));
        if (understanding.OutOfScopeTopic is null)
        {
            thread.Keep(turn, understanding.Frame);
        }

        if (answer.Kind == AnswerKind.Abstain)
        {
            turn.State = turn.State.Offering(understanding.Text);
            var offer = EscalationPhrases.OfferButton(turn.Language);
            turn.SendText(answer.Text, [CardAction.ImBack(offer, offer)]);
            return;
        }

        turn.State = turn.State.WithoutOffer();
        FeedbackAffordance.SendAnswer(turn, turn.TextReply(answer.Text, FormOffer(understanding, turn.Language)), asked, answer.Citations);
    }

    /// <summary>After "where do I submit …?" for a programme whose form is open: a button to fill it in here.</summary>
    private IReadOnlyList<CardAction>? FormOffer(Understanding understanding, Language language)
    {
        if (understanding.Intent != Intent.WhereToSubmit || understanding.Programme is not { } programme)
        {
            return null;
        }

        var form = SubmissionForms.For(programme);
        return formFacts.Current().StatusOf(programme).IsOpen
            ? [CardAction.ImBack(SubmissionPhrases.FillInHere(language), SubmissionPhrases.StartCommand(form, language))]
            : null;
    }

    /// <summary>
    /// Hands the conversation to the secretariat: about the last unanswered (or disliked) question if there is one, with
    /// the form in progress if any.
    /// </summary>
    private async Task HandOverAsync(DialogContext dialogs, string text, CancellationToken cancellationToken)
    {
        var turn = dialogs.Turn;
        var unanswered = turn.State.LastUnanswered;
        var reason = unanswered is null ? TicketReason.UserAsked
            : turn.State.OfferAfterDislike ? TicketReason.AnswerDisliked
            : TicketReason.Unanswered;
        await escalation.OpenAsync(turn, reason, unanswered ?? text, SubmissionDialog.FormDataJson(dialogs), cancellationToken);
        turn.State = turn.State.WithoutOffer();
    }
}
