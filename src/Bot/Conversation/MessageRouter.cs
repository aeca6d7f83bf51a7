using WsisBot.Bot.Dialogs;
using WsisBot.Bot.Escalation;
using WsisBot.Bot.Hosting;
using WsisBot.Bot.Protocol;
using WsisBot.Bot.Submissions;
using WsisBot.Bot.Turns;
using WsisBot.Data.Escalation;
using WsisBot.Knowledge;

namespace WsisBot.Bot.Conversation;

/// <summary>
/// The one place that decides what a user's message asks and acts on it — for a message with no form in progress
/// (<see cref="TurnRouter"/>) and for one that interrupts a form (<see cref="SubmissionDialog"/>): help, greeting,
/// hand-over, the user's submissions, a form, or a question for the knowledge layer.
/// </summary>
public sealed class MessageRouter(IAnswerService answers, MySubmissions mySubmissions, FormFactsSource formFacts, EscalationService escalation)
{
    /// <summary>What the buttons that open a form send ("Je veux soumettre : …", "I want to submit: …"), in both languages.</summary>
    private static readonly Dictionary<string, SubmissionForm> StartCommands = SubmissionForms.All
        .SelectMany(form => new[] { Language.French, Language.English }.Select(language => (Text: SubmissionPhrases.StartCommand(form, language), Form: form)))
        .ToDictionary(c => c.Text, c => c.Form, StringComparer.OrdinalIgnoreCase);

    /// <summary>The bot's own commands first, then the knowledge layer's reading of the text (whose cues are the only ones).</summary>
    public MessageRoute Read(string text, Language language)
    {
        var understanding = answers.Understand(text, language);
        if (text.Trim() == "?")
        {
            return new(Destination.Help, understanding, Standalone: true);
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
            Intent.Submit when understanding.Programme is { } programme => new(Destination.StartForm, understanding, SubmissionForms.For(programme)),
            Intent.Submit or Intent.WhatCanISubmit => new(Destination.WhichForm, understanding),
            _ => new(Destination.Question, understanding),
        };
    }

    public async Task FollowAsync(DialogContext dialogs, MessageRoute route, CancellationToken cancellationToken)
    {
        var turn = dialogs.Turn;
        var text = route.Understanding.Text;
        switch (route.To)
        {
            case Destination.HandOver:
                await HandOverAsync(dialogs, text, cancellationToken);
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
        var answer = await answers.AnswerAsync(understanding, turn.Language, cancellationToken);
        turn.Measure(new AnswerMeasured(answer.Intent.ToString(), answer.Kind.ToString(), answer.Kind == AnswerKind.Abstain));
        if (answer.Kind == AnswerKind.Abstain)
        {
            turn.State = turn.State with { LastUnanswered = understanding.Text };
            var offer = EscalationPhrases.OfferButton(turn.Language);
            turn.SendText(answer.Text, [CardAction.ImBack(offer, offer)]);
            return;
        }

        turn.State = turn.State with { LastUnanswered = null };
        turn.SendText(answer.Text);
    }

    /// <summary>Hands the conversation to the secretariat: about the last unanswered question if there is one, with the form in progress if any.</summary>
    private async Task HandOverAsync(DialogContext dialogs, string text, CancellationToken cancellationToken)
    {
        var turn = dialogs.Turn;
        var unanswered = turn.State.LastUnanswered;
        await escalation.OpenAsync(
            turn,
            unanswered is null ? TicketReason.UserAsked : TicketReason.Unanswered,
            unanswered ?? text,
            SubmissionDialog.FormDataJson(dialogs),
            cancellationToken);
        turn.State = turn.State with { LastUnanswered = null };
    }
}
