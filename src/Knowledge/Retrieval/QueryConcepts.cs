using WsisBot.Knowledge.Ingestion;
using WsisBot.Knowledge.Vocabulary;

namespace WsisBot.Knowledge.Retrieval;

/// <summary>
/// The words of a question worth searching for, each with its French expansion from the vocabulary. Function words and the
/// words that only name an edition ("2024", "last year", « l'an dernier ») are left out: the edition filters, it is not searched.
/// </summary>
public static class QueryConcepts
{
    // Words that name an edition or point back ("à l'époque", "that year"): the edition filters, they are not searched.
    private static readonly Lazy<HashSet<string>> EditionWords = new(() =>
        Lexicon.RelativeYears.Select(r => r.Phrase).Concat(Lexicon.Cues.Anaphora.Phrases)
            .SelectMany(p => p.Split(' ')).Where(w => !Lexicon.IsStopWord(w)).ToHashSet(StringComparer.Ordinal));

    public static IReadOnlyList<QueryConcept> From(string question, params string[] extraFrench) =>
        TextFolding.Words(question)
            .Where(w => !Lexicon.IsStopWord(w) && !EditionWords.Value.Contains(w) && !IsYear(w))
            .Distinct()
            .Select(w => new QueryConcept(w, Lexicon.SearchExpansion.GetValueOrDefault(w, w.Replace("wsis", "smsi", StringComparison.Ordinal).Replace('+', ' '))))
            .Concat(extraFrench.Select(f => new QueryConcept(f, f)))
            .ToList();

    private static bool IsYear(string word) => word.Length == 4 && word.StartsWith("20", StringComparison.Ordinal) && word.All(char.IsDigit);
}
