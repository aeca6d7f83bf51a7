using System.Text.RegularExpressions;
using WsisBot.Knowledge;
using WsisBot.Knowledge.Extraction;
using WsisBot.Knowledge.Facts;
using WsisBot.Knowledge.Ingestion;
using WsisBot.Knowledge.Llm;

namespace WsisBot.Evaluation;

/// <summary>The verdict on one reply.</summary>
/// <param name="Set">The set the turn comes from.</param>
/// <param name="Turn">Its position in its conversation (0 for a single question).</param>
/// <param name="Forbidden">What the reply states that the item says would be wrong here.</param>
/// <param name="Unsupported">Days and amounts the reply states that no letter states (and the asker did not name).</param>
/// <param name="InLanguage">The reply is written in the language the item expects.</param>
public sealed record Grade(
    string Set,
    Dialogue Dialogue,
    int Turn,
    string Answer,
    bool Correct,
    bool Abstained,
    bool Cited,
    bool InLanguage,
    IReadOnlyList<string> Missing,
    IReadOnlyList<string> Forbidden,
    IReadOnlyList<string> Unsupported)
{
    public EvaluationTurn Item => Dialogue.Turns[Turn];

    public Language ExpectedLanguage => Item.ReplyLanguage(Dialogue.Locale);

    /// <summary>A reply stating a day or amount no letter states, or a figure the item marks wrong (another edition's, another tier's).</summary>
    public bool WrongFact => Unsupported.Count > 0 || Forbidden.Count > 0;

    public bool InConversation => Dialogue.Turns.Count > 1;
}

/// <summary>
/// Judges replies by their text only, as a person reading the chat would: did it decline ("Je ne sais pas" /
/// "I don't know"), does it state the expected facts and none of the wrong ones, does it start with the expected
/// yes or no, does it name its source letter, is it written in the expected language, and does every day and amount in it
/// appear in the letters.
/// </summary>
public sealed partial class Grader(KnowledgeSnapshot corpus, DateTimeOffset clock)
{
    public Grade Judge(string set, Dialogue dialogue, int turn, string answer)
    {
        var item = dialogue.Turns[turn];
        var language = item.ReplyLanguage(dialogue.Locale);
        var abstained = Declined().IsMatch(answer);
        var cited = SourceLine().IsMatch(answer);
        var asked = LanguageExtensions.FromLocale(item.Locale ?? dialogue.Locale) ?? language;
        var named = new[] { language, asked }.Distinct()
            .SelectMany(l => DateRecognition.Find(item.Text, l, clock.Year))
            .SelectMany(m => new[] { m.From, m.To });
        var unsupported = FactCheck.Unsupported(answer, language, corpus, named);
        var folded = Normalise(answer);
        var missing = (item.MustContain ?? []).Where(f => !Alternatives(f).Any(a => folded.Contains(a, StringComparison.Ordinal))).ToList();
        var forbidden = (item.MustNotContain ?? []).Where(f => folded.Contains(Normalise(f), StringComparison.Ordinal)).ToList();
        var opens = item.StartsWith is null || Alternatives(item.StartsWith).Any(a => Opening(folded).StartsWith(a, StringComparison.Ordinal));
        var inLanguage = ReplyLanguage.Of(answer) == language;
        var right = (item.OpensForm, item.OpensNoForm) switch
        {
            ({ } titles, _) => OpensForm(answer) && Alternatives(titles).Any(t => folded.Contains(t, StringComparison.Ordinal)),
            (null, true) => !OpensForm(answer),
            _ => item.Answerable ? !abstained && missing.Count == 0 && opens : abstained,
        };
        var correct = right && unsupported.Count == 0 && forbidden.Count == 0 && inLanguage;
        return new Grade(set, dialogue, turn, answer, correct, abstained, cited, inLanguage, missing, forbidden, unsupported);
    }

    /// <summary>The reply starts a form (its "fill in the form above" line), or says the form's call is closed.</summary>
    private static bool OpensForm(string answer) => FormOpened().IsMatch(answer) || FormClosed().IsMatch(answer);

    private static IEnumerable<string> Alternatives(string entry) => entry.Split("||").Select(a => Normalise(a).Trim()).Where(a => a.Length > 0);

    // The reply's first words, without markdown emphasis or punctuation: "**Non** —" reads "non".
    private static string Opening(string folded) => folded.TrimStart(' ', '*', '_', '>', '#', '-', '—', '–');

    // Folded, one space between words, and "1er" read as "1" so "1er mai" and "1 mai" match either way.
    private static string Normalise(string text) => Spaces().Replace(FirstOfMonth().Replace(TextFolding.Fold(text).Replace('*', ' '), "1 "), " ");

    [GeneratedRegex(@"^\s*\**\s*(Je ne sais pas|I don't know)", RegexOptions.IgnoreCase)]
    private static partial Regex Declined();

    [GeneratedRegex(@"Remplissez le formulaire ci-dessus|Fill in the form above")]
    private static partial Regex FormOpened();

    [GeneratedRegex(@"(L'appel «|The call “)[^\n]*(Vous pouvez aussi écrire au secrétariat|You can also write to the secretariat)")]
    private static partial Regex FormClosed();

    [GeneratedRegex(@"Sources? ?:")]
    private static partial Regex SourceLine();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\b1er ")]
    private static partial Regex FirstOfMonth();
}
