using System.Text.RegularExpressions;
using WsisBot.Bot.Protocol;
using WsisBot.Bot.Turns;
using WsisBot.Data.Submissions;
using WsisBot.Knowledge;
using WsisBot.Knowledge.Vocabulary;

namespace WsisBot.Bot.Submissions;

/// <summary>"My submissions" / « mes soumissions »: list, show and withdraw the asking user's own submissions.</summary>
public sealed partial class MySubmissions(SubmissionStore store, FormFactsSource factsSource, TimeProvider clock)
{
    /// <summary>"show WSIS-…" / "withdraw WSIS-…" and their French forms (the verbs are the vocabulary's).</summary>
    public static bool IsCommand(string text) => Command().Match(text) is { Success: true } match && Verb(match) is not null;

    /// <summary>Shows or withdraws the user's own submission a command (<see cref="IsCommand"/>) names.</summary>
    public async Task HandleCommandAsync(TurnContext turn, string text, CancellationToken cancellationToken)
    {
        var match = Command().Match(text);
        if (!match.Success)
        {
            throw new ArgumentException($"Not a submission command: '{text}'.", nameof(text));
        }

        var reference = match.Groups["ref"].Value.ToUpperInvariant();
        var own = await store.OwnAsync(turn.Activity.ChannelId ?? "unknown", turn.Activity.From?.Id ?? "", reference, cancellationToken);
        var language = turn.Language;
        if (own is null)
        {
            turn.SendText(language.Pick($"Je ne trouve aucune demande **{reference}** à votre nom.", $"I find no submission **{reference}** of yours."));
            return;
        }

        var withdraw = Verb(match) == Lexicon.Commands.Withdraw;
        if (withdraw && own.Status == SubmissionStatus.Submitted)
        {
            own.Status = SubmissionStatus.Withdrawn;
            own.WithdrawnAt = clock.GetUtcNow();
            turn.SendText(language.Pick($"La demande **{reference}** est retirée.", $"Submission **{reference}** is withdrawn."));
            return;
        }

        turn.SendText(Details(own, language));
    }

    public async Task ListAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var mine = await store.OfUserAsync(turn.Activity.ChannelId ?? "unknown", turn.Activity.From?.Id ?? "", cancellationToken);
        if (mine.Count == 0)
        {
            turn.SendText(language.Pick("Vous n'avez encore rien soumis par ce canal.", "You have not submitted anything through this channel yet."));
            return;
        }

        var lines = mine.Select(s => $"- **{s.Reference}** — {SubmissionForms.ForCode(s.Kind)?.Title(language) ?? s.Kind} — {SubmissionPhrases.Date(DateOnly.FromDateTime(s.CreatedAt.UtcDateTime), language)} — {Status(s, language)}");
        turn.SendText(language.Pick("Vos demandes :\n\n", "Your submissions:\n\n") + string.Join("\n", lines) + "\n\n"
            + language.Pick("Écrivez « afficher RÉFÉRENCE » ou « retirer RÉFÉRENCE ».", "Write “show REFERENCE” or “withdraw REFERENCE”."));
    }

    private string Details(Submission submission, Language language)
    {
        var form = SubmissionForms.ForCode(submission.Kind);
        var facts = factsSource.Current();
        var fields = SubmissionStore.Fields(submission);
        var lines = form?.Fields.Where(f => !string.IsNullOrEmpty(fields.GetValueOrDefault(f.Id)))
            .Select(f => $"- {f.Label(language)} : {Markdown.Escape(FormCards.Display(f, fields[f.Id], facts, language))}") ?? [];
        return $"**{submission.Reference}** — {form?.Title(language) ?? submission.Kind} — {Status(submission, language)}\n\n" + string.Join("\n", lines);
    }

    private static string Status(Submission submission, Language language) => submission.Status == SubmissionStatus.Withdrawn
        ? language.Pick("retirée", "withdrawn")
        : language.Pick("reçue", "received");

    private static CueGroup? Verb(Match command) =>
        Lexicon.Commands.Withdraw.IsWhole(command.Groups["verb"].Value) ? Lexicon.Commands.Withdraw
        : Lexicon.Commands.Show.IsWhole(command.Groups["verb"].Value) ? Lexicon.Commands.Show
        : null;

    [GeneratedRegex(@"^\s*(?<verb>\p{L}+)\s+(?<ref>WSIS-\d{4}-[A-Z]{3}-\d{6})\s*[.!]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Command();
}
