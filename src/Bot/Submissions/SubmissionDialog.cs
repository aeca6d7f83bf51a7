using System.Text.Json;
using WsisBot.Bot.Dialogs;
using WsisBot.Bot.Escalation;
using WsisBot.Bot.Hosting;
using WsisBot.Bot.Protocol;
using WsisBot.Bot.Turns;
using WsisBot.Data.Escalation;
using WsisBot.Data.Submissions;
using WsisBot.Knowledge;

namespace WsisBot.Bot.Submissions;

/// <summary>
/// One submission, start to finish: intro with the deadline → form (card, or field by field in text) →
/// server-side validation → summary with Edit / Confirm → saved with a reference number.
/// </summary>
public sealed class SubmissionDialog(FormFactsSource factsSource, SubmissionStore store, IInterruptions interruptions, EscalationService escalation) : IDialog
{
    public const string DialogName = "submission";

    /// <summary>Longer than any request said on its own ("je voudrais parler à une vraie personne, s'il vous plaît").</summary>
    private const int MaxRequestLength = 200;

    public string Name => DialogName;

    public Task BeginAsync(DialogContext dialogs, string? argument, CancellationToken cancellationToken)
    {
        var turn = dialogs.Turn;
        var form = SubmissionForms.ForCode(argument) ?? throw new ArgumentException($"No submission form '{argument}'.", nameof(argument));
        var facts = factsSource.Current();
        var status = facts.StatusOf(form.Programme);
        if (!status.IsOpen)
        {
            dialogs.End();
            turn.SendText(SubmissionPhrases.Closed(form, status, facts, turn.Language), SubmissionPhrases.OpenFormSuggestions(facts, turn.Language));
            return Task.CompletedTask;
        }

        var state = new FormState { Form = form.Code, Nonce = NewNonce(), Field = form.Fields[0].Id };
        dialogs.SetState(state);
        turn.SendText(SubmissionPhrases.Intro(form, status, turn.Language));
        ShowForm(turn, form, state, facts);
        return Task.CompletedTask;
    }

    public async Task ContinueAsync(DialogContext dialogs, CancellationToken cancellationToken)
    {
        var turn = dialogs.Turn;
        var state = dialogs.GetState<FormState>();
        var form = SubmissionForms.ForCode(state.Form)!;
        var facts = factsSource.Current();

        if (CardSubmit.From(turn) is { } submit)
        {
            if (submit.Nonce != state.Nonce)
            {
                await AnswerStaleCardAsync(turn, submit, formIsActive: true, cancellationToken);
                Reshow(turn, form, state, facts);
                return;
            }

            await OnCardActionAsync(dialogs, form, state, facts, submit, cancellationToken);
            return;
        }

        var text = FieldValidator.Clean(turn.Activity.Text, multiline: true);
        if (text.Length == 0)
        {
            return;
        }

        if (DialogCommands.IsCancel(text))
        {
            dialogs.End();
            turn.SendText(SubmissionPhrases.Cancelled(turn.Language));
        }
        else if (DialogCommands.IsStartOver(text))
        {
            var fresh = new FormState { Form = form.Code, Nonce = NewNonce(), Field = form.Fields[0].Id };
            dialogs.SetState(fresh);
            ShowForm(turn, form, fresh, facts);
        }
        else if (state.Step == FormStep.Reviewing && DialogCommands.IsConfirm(text))
        {
            await ConfirmAsync(dialogs, form, state, cancellationToken);
        }
        else if (state.Step == FormStep.Reviewing && DialogCommands.IsEdit(text))
        {
            Edit(dialogs, form, state, facts);
        }
        else if (MayInterrupt(text, state) && await interruptions.TryAsync(dialogs, text, anyRequest: state.Step == FormStep.Reviewing, cancellationToken) is { } interruption)
        {
            // Done as it would be with no form (help, the user's submissions, a ticket with the form so far, an
            // answer from the letters); then the form again where it was.
            if (interruption.WasHelp)
            {
                turn.SendText(SubmissionPhrases.FormHelp(turn.Language));
            }

            Reshow(turn, form, state, facts);
        }
        else
        {
            await AnswerFieldAsync(dialogs, form, state, facts, text, cancellationToken);
        }
    }

    /// <summary>
    /// Whether a text may be something other than the field's answer: a request said on its own is short, so a long
    /// plain answer (a description) is not read for one (reading 2,000 characters takes tens of milliseconds).
    /// </summary>
    private static bool MayInterrupt(string text, FormState state) =>
        text.Length <= MaxRequestLength || DialogCommands.IsQuestion(text) || state.Step == FormStep.Reviewing;

    private async Task OnCardActionAsync(DialogContext dialogs, SubmissionForm form, FormState state, FormFacts facts, CardSubmit submit, CancellationToken cancellationToken)
    {
        var turn = dialogs.Turn;
        switch (submit.Action)
        {
            case "cancel":
                dialogs.End();
                turn.SendText(SubmissionPhrases.Cancelled(turn.Language));
                break;
            case "edit" when state.Step == FormStep.Reviewing:
                Edit(dialogs, form, state, facts);
                break;
            case "confirm" when state.Step == FormStep.Reviewing:
                await ConfirmAsync(dialogs, form, state, cancellationToken);
                break;
            case "submit" when state.Step == FormStep.Filling:
                await SubmitFormAsync(dialogs, form, state, facts, submit.Values, cancellationToken);
                break;
            default:
                Reshow(turn, form, state, facts);
                break;
        }
    }

    /// <summary>A whole card at once: every known field is checked; unknown keys in the data are ignored.</summary>
    private async Task SubmitFormAsync(DialogContext dialogs, SubmissionForm form, FormState state, FormFacts facts, IReadOnlyDictionary<string, string> submitted, CancellationToken cancellationToken)
    {
        var turn = dialogs.Turn;
        var values = new Dictionary<string, string>();
        var errors = new Dictionary<string, string>();
        foreach (var field in form.Fields)
        {
            var raw = submitted.GetValueOrDefault(field.Id);
            var result = FieldValidator.Validate(field, raw, field.Choices?.Invoke(facts) ?? [], turn.Language);
            if (result.IsValid)
            {
                values[field.Id] = result.Value!;
            }
            else
            {
                errors[field.Id] = result.Error!;
                values[field.Id] = FieldValidator.Clean(raw, field.Kind == FieldKind.MultilineText) is var kept && kept.Length <= field.MaxLength ? kept : kept[..field.MaxLength];
            }
        }

        if (errors.Count > 0)
        {
            var retry = state with { Values = values, Errors = errors, Failures = state.Failures + 1, Field = errors.Keys.First() };
            dialogs.SetState(retry);
            turn.SendText(SubmissionPhrases.FixErrors(errors.Count, turn.Language));
            ShowForm(turn, form, retry, facts);
            await HandOverWhenStuckAsync(turn, form, retry, form.Field(retry.Field!)!, cancellationToken);
            return;
        }

        Review(dialogs, form, state with { Values = values }, facts);
    }

    /// <summary>A text answer to the field being asked.</summary>
    private async Task AnswerFieldAsync(DialogContext dialogs, SubmissionForm form, FormState state, FormFacts facts, string text, CancellationToken cancellationToken)
    {
        var turn = dialogs.Turn;
        var field = form.Field(state.Field ?? form.Fields[0].Id) ?? form.Fields[0];
        var values = new Dictionary<string, string>(state.Values);
        var keep = DialogCommands.IsSkip(text) && (values.ContainsKey(field.Id) || !field.Required);
        if (!keep)
        {
            var result = FieldValidator.Validate(field, text, field.Choices?.Invoke(facts) ?? [], turn.Language);
            if (!result.IsValid)
            {
                var retry = state with { Failures = state.Failures + 1 };
                dialogs.SetState(retry);
                turn.SendText(result.Error + "\n\n" + SubmissionPhrases.Ask(field, values.GetValueOrDefault(field.Id), facts, turn.Language));
                await HandOverWhenStuckAsync(turn, form, retry, field, cancellationToken);
                return;
            }

            values[field.Id] = result.Value!;
        }

        var errors = new Dictionary<string, string>(state.Errors);
        errors.Remove(field.Id);
        var next = NextField(form, field, values, errors);
        if (next is null)
        {
            Review(dialogs, form, state with { Values = values, Errors = errors }, facts);
            return;
        }

        dialogs.SetState(state with { Values = values, Errors = errors, Field = next.Id, Failures = 0 });
        turn.SendText(SubmissionPhrases.Ask(next, values.GetValueOrDefault(next.Id), facts, turn.Language));
    }

    /// <summary>The third failure in a row on one step hands the conversation to the secretariat, with the form so far.</summary>
    private async Task HandOverWhenStuckAsync(TurnContext turn, SubmissionForm form, FormState state, FormField field, CancellationToken cancellationToken)
    {
        if (state.Failures == 3)
        {
            var question = $"{form.Title(turn.Language)} — {field.Label(turn.Language)}";
            await escalation.OpenAsync(turn, TicketReason.FormFailures, question, JsonSerializer.Serialize(state.Values), cancellationToken);
        }
    }

    /// <summary>The values of the submission in progress, as JSON, or null when no form is active.</summary>
    public static string? FormDataJson(DialogContext dialogs) =>
        dialogs.Active?.Dialog == DialogName ? JsonSerializer.Serialize(dialogs.GetState<FormState>().Values) : null;

    /// <summary>The next field to ask: one with an error first, else the one after <paramref name="current"/>.</summary>
    private static FormField? NextField(SubmissionForm form, FormField current, Dictionary<string, string> values, Dictionary<string, string> errors)
    {
        var withError = form.Fields.FirstOrDefault(f => errors.ContainsKey(f.Id));
        if (withError is not null)
        {
            return withError;
        }

        var index = form.Fields.ToList().IndexOf(current);
        return form.Fields.Skip(index + 1).FirstOrDefault();
    }

    private static void Review(DialogContext dialogs, SubmissionForm form, FormState state, FormFacts facts)
    {
        var reviewing = state with { Step = FormStep.Reviewing, Nonce = NewNonce(), Errors = [], Failures = 0, Field = null };
        dialogs.SetState(reviewing);
        ShowSummary(dialogs.Turn, form, reviewing, facts);
    }

    private static void Edit(DialogContext dialogs, SubmissionForm form, FormState state, FormFacts facts)
    {
        var editing = state with { Step = FormStep.Filling, Nonce = NewNonce(), Field = form.Fields[0].Id };
        dialogs.SetState(editing);
        ShowForm(dialogs.Turn, form, editing, facts);
    }

    private async Task ConfirmAsync(DialogContext dialogs, SubmissionForm form, FormState state, CancellationToken cancellationToken)
    {
        var turn = dialogs.Turn;
        var activity = turn.Activity;
        var edition = factsSource.Current().EditionYear;
        var saved = store.Add(turn, new Submission
        {
            Reference = await SubmissionStore.NextReferenceAsync(turn, edition, form.Code, cancellationToken),
            Kind = form.Code,
            EditionYear = edition,
            ChannelId = activity.ChannelId ?? "unknown",
            ConversationId = activity.Conversation!.Id!,
            UserId = activity.From?.Id ?? "unknown",
            UserName = activity.From?.Name,
            Language = turn.Language.ToLocale(),
            FieldsJson = JsonSerializer.Serialize(state.Values),
            ConfirmNonce = state.Nonce,
        });

        dialogs.End();
        turn.Measure(new SubmissionMeasured(form.Code));
        turn.SendText(SubmissionPhrases.Saved(saved.Reference, turn.Language));
        turn.Send(turn.Activity.CreateReply() with
        {
            Locale = turn.Language.ToLocale(),
            Attachments = [FormCards.Confirmation(form, saved.Reference, turn.Language).ToAttachment()],
        });
    }

    /// <summary>
    /// An old card, a second click, a card from elsewhere, or a card whose dialog has ended:
    /// never a second record, always a clear word.
    /// </summary>
    public async Task AnswerStaleCardAsync(TurnContext turn, CardSubmit submit, bool formIsActive, CancellationToken cancellationToken)
    {
        var saved = submit.Nonce is null ? null : await store.FindByNonceAsync(submit.Nonce, cancellationToken);
        turn.SendText(saved is not null && saved.UserId == turn.Activity.From?.Id
            ? SubmissionPhrases.AlreadySaved(saved.Reference, turn.Language)
            : formIsActive ? SubmissionPhrases.StaleCard(turn.Language) : SubmissionPhrases.NoActiveForm(turn.Language));
    }

    private static void Reshow(TurnContext turn, SubmissionForm form, FormState state, FormFacts facts)
    {
        if (state.Step == FormStep.Reviewing)
        {
            ShowSummary(turn, form, state, facts);
        }
        else
        {
            ShowForm(turn, form, state, facts);
        }
    }

    private static void ShowForm(TurnContext turn, SubmissionForm form, FormState state, FormFacts facts)
    {
        turn.Send(turn.Activity.CreateReply() with
        {
            Locale = turn.Language.ToLocale(),
            Attachments = [FormCards.Form(form, state, facts, turn.Language).ToAttachment()],
        });
        var field = form.Field(state.Field ?? form.Fields[0].Id) ?? form.Fields[0];
        turn.SendText(SubmissionPhrases.OrByText(turn.Language) + SubmissionPhrases.Ask(field, state.Values.GetValueOrDefault(field.Id), facts, turn.Language));
    }

    private static void ShowSummary(TurnContext turn, SubmissionForm form, FormState state, FormFacts facts)
    {
        turn.Send(turn.Activity.CreateReply() with
        {
            Locale = turn.Language.ToLocale(),
            Attachments = [FormCards.Summary(form, state, facts, turn.Language).ToAttachment()],
        });
        turn.SendText(SubmissionPhrases.ConfirmOrEdit(turn.Language));
    }

    private static string NewNonce() => Guid.NewGuid().ToString("N");
}
