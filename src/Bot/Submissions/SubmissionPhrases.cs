using WsisBot.Bot.Protocol;
using WsisBot.Knowledge;
using WsisBot.Knowledge.Composition;
using WsisBot.Knowledge.Facts;

namespace WsisBot.Bot.Submissions;

/// <summary>What the submission dialogs say, in both languages.</summary>
public static class SubmissionPhrases
{
    /// <summary>A day as the answers write it ("1er mai 2026" / "1 May 2026").</summary>
    public static string Date(DateOnly date, Language language) => AnswerText.Day(date, language);

    public static string Intro(SubmissionForm form, ProgrammeStatus status, Language language)
    {
        var deadline = status.Deadline is { } d
            ? language.Pick(
                $"Ouvert jusqu'au **{Date(d.Date, language)}** ({Days(status.DaysLeft ?? 0, language)}). Source : {Source(d.Letter, language)}.",
                $"Open until **{Date(d.Date, language)}** ({Days(status.DaysLeft ?? 0, language)}). Source: {Source(d.Letter, language)}.")
            : language.Pick("Les lettres ne fixent pas de date limite pour cette démarche.", "The letters set no deadline for this.");
        return $"**{form.Title(language)}** — {deadline}";
    }

    public static string Closed(SubmissionForm form, ProgrammeStatus status, FormFacts facts, Language language)
    {
        var date = Date(status.Deadline!.Date, language);
        var open = OpenForms(facts).Where(f => f != form).Select(f => f.Title(language)).ToList();
        var alternatives = open.Count > 0
            ? language.Pick($"Encore ouvert : {string.Join(" ; ", open)}.", $"Still open: {string.Join("; ", open)}.")
            : "";
        return language.Pick(
            $"L'appel « {form.Title(language)} » est clos depuis le {date} (source : {Source(status.Deadline.Letter, language)}). {alternatives} Vous pouvez aussi écrire au secrétariat{ContactSuffix(facts)}.",
            $"The call “{form.Title(language)}” closed on {date} (source: {Source(status.Deadline.Letter, language)}). {alternatives} You can also write to the secretariat{ContactSuffix(facts)}.");
    }

    public static IReadOnlyList<CardAction> OpenFormSuggestions(FormFacts facts, Language language) =>
        [.. OpenForms(facts).Take(4).Select(f => CardAction.ImBack(f.Title(language), StartCommand(f, language)))];

    public static string StartCommand(SubmissionForm form, Language language) =>
        language.Pick($"Je veux soumettre : {form.TitleFrench}", $"I want to submit: {form.TitleEnglish}");

    /// <summary>The button that opens a form after an answer about where to submit.</summary>
    public static string FillInHere(Language language) => language.Pick("Remplir le formulaire ici", "Fill in the form here");

    public static string OrByText(Language language) => language.Pick(
        "Remplissez le formulaire ci-dessus, ou répondez ici champ par champ (« passer » pour un champ facultatif, « annuler » pour arrêter).\n\n",
        "Fill in the form above, or answer here field by field (“skip” for an optional field, “cancel” to stop).\n\n");

    public static string Ask(FormField field, string? current, FormFacts facts, Language language)
    {
        var label = $"**{field.Label(language)}**" + (field.Required ? "" : language.Pick(" (facultatif)", " (optional)"));
        var choices = field.Choices?.Invoke(facts);
        var options = choices is { Count: > 0 }
            ? language.Pick($" — répondez par le numéro ou le nom : {FieldValidator.ChoiceList(choices, language)}", $" — answer with the number or the name: {FieldValidator.ChoiceList(choices, language)}")
              + (field.Kind == FieldKind.MultiChoice ? language.Pick(" (plusieurs possibles, séparés par des virgules)", " (several allowed, comma-separated)") : "")
            : "";
        var keep = string.IsNullOrEmpty(current)
            ? ""
            : language.Pick($"\n\nValeur actuelle : {Markdown.Escape(FormCards.Display(field, current, facts, language))} (« passer » pour la garder)",
                $"\n\nCurrent value: {Markdown.Escape(FormCards.Display(field, current, facts, language))} (“skip” to keep it)");
        return label + options + keep;
    }

    public static string FixErrors(int count, Language language) => language.Pick(
        $"{count} champ(s) à corriger : les erreurs sont indiquées sous chaque champ, vos autres réponses sont conservées.",
        $"{count} field(s) to correct: the errors are shown under each field; your other answers are kept.");

    public static string ConfirmOrEdit(Language language) => language.Pick(
        "Tout est juste ? Répondez « confirmer » pour envoyer, « modifier » pour corriger ou « annuler ».",
        "All correct? Reply “confirm” to send, “edit” to correct it, or “cancel”.");

    public static string Saved(string reference, Language language) => language.Pick(
        $"C'est enregistré. Votre référence : **{reference}**.",
        $"Saved. Your reference: **{reference}**.");

    public static string AlreadySaved(string reference, Language language) => language.Pick(
        $"Cette demande est déjà enregistrée sous la référence **{reference}** : rien n'a été envoyé deux fois.",
        $"This submission is already saved as **{reference}**: nothing was sent twice.");

    public static string StaleCard(Language language) => language.Pick(
        "Ce formulaire n'est plus d'actualité : utilisez le plus récent ci-dessous.",
        "This form is out of date: please use the latest one below.");

    public static string NoActiveForm(Language language) => language.Pick(
        "Ce formulaire n'est plus actif. Écrivez par exemple « je veux soumettre une contribution » pour recommencer.",
        "This form is no longer active. Write for example “I want to submit a contribution” to start again.");

    public static string Cancelled(Language language) => language.Pick(
        "C'est annulé : rien n'a été enregistré.",
        "Cancelled: nothing was saved.");

    public static string FormHelp(Language language) => language.Pick(
        "Vous êtes en train de remplir un formulaire. Vous pouvez utiliser la carte, ou répondre ici champ par champ. " +
        "Une question (terminée par « ? ») reçoit une réponse, puis le formulaire reprend. « recommencer » efface tout, « annuler » arrête.",
        "You are filling in a form. Use the card, or answer here field by field. " +
        "A question (ending with “?”) gets an answer, then the form resumes. “start over” clears everything, “cancel” stops.");

    public static string WhichForm(FormFacts facts, Language language)
    {
        var sources = SubmissionForms.All.Select(f => facts.StatusOf(f.Programme).Deadline?.Letter).OfType<Citation>();
        var lines = SubmissionForms.All.Select(f =>
        {
            var status = facts.StatusOf(f.Programme);
            var state = status.Deadline is null
                ? language.Pick("ouvert", "open")
                : status.IsOpen
                    ? language.Pick($"ouvert jusqu'au {Date(status.Deadline.Date, language)}", $"open until {Date(status.Deadline.Date, language)}")
                    : language.Pick($"clos le {Date(status.Deadline.Date, language)}", $"closed on {Date(status.Deadline.Date, language)}");
            return $"- {f.Title(language)} — {state}";
        });
        return language.Pick("Que souhaitez-vous soumettre ?\n\n", "What would you like to submit?\n\n") + string.Join("\n", lines)
            + "\n\n" + AnswerText.Sources(sources, language);
    }

    private static IEnumerable<SubmissionForm> OpenForms(FormFacts facts) =>
        SubmissionForms.All.Where(f => facts.StatusOf(f.Programme).IsOpen);

    private static string Days(int days, Language language) => days switch
    {
        0 => language.Pick("dernier jour aujourd'hui", "today is the last day"),
        1 => language.Pick("encore 1 jour", "1 day left"),
        _ => language.Pick($"encore {days} jours", $"{days} days left"),
    };

    private static string Source(Citation letter, Language language) =>
        language.Pick($"lettre {AnswerText.Reference(letter.Reference)} du {Date(letter.LetterDate, language)}", $"letter {AnswerText.Reference(letter.Reference)} of {Date(letter.LetterDate, language)}");

    private static string ContactSuffix(FormFacts facts) => facts.Contact?.Email is { } email ? $" ({email})" : "";
}
