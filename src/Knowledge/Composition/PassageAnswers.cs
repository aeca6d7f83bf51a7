using WsisBot.Knowledge.Facts;
using WsisBot.Knowledge.Ingestion;
using WsisBot.Knowledge.Retrieval;

namespace WsisBot.Knowledge.Composition;

/// <summary>Questions no fact answers: the best passage, quoted with its letter, when it covers enough of the question; else abstain.</summary>
internal static class PassageAnswers
{
    public const double MinimumCoverage = 0.6;

    public static Answer Compose(AnswerContext c, params string[] topicFrench)
    {
        var hit = Best(c, topicFrench);
        return hit is null ? Abstention.Because(c) : Quote(c, hit);
    }

    public static PassageHit? Best(AnswerContext c, params string[] topicFrench)
    {
        var concepts = QueryConcepts.From(c.Question.Text, topicFrench);
        // Open questions search every letter (a year in the question is a search word: "En 2025, plus de 11 000
        // participants" sits in a 2026 letter); topic answers (registration, Trust Fund) stay in their edition.
        var edition = topicFrench.Length == 0 ? (int?)null : c.Edition;
        var hits = c.Snapshot.Index?.Search(concepts, edition) ?? [];
        // Without a named edition, prefer the newest letters among equally good passages.
        return hits
            .Where(h => h.Coverage >= MinimumCoverage && (topicFrench.Length == 0 || Covers(h, topicFrench)))
            .OrderByDescending(h => Math.Round(h.Coverage, 2))
            .ThenByDescending(h => h.Letter.EditionYear)
            .ThenByDescending(h => h.Score)
            .FirstOrDefault();
    }

    public static Answer Quote(AnswerContext c, PassageHit hit, string? lead = null, string? tail = null, IEnumerable<Citation>? moreSources = null)
    {
        var intro = lead ?? c.Pick(
            $"Voici ce que dit la lettre {AnswerText.Reference(hit.Letter.Reference)} ({AnswerText.Edition(hit.Letter.EditionYear, c.Language)}) :",
            $"This is what letter {AnswerText.Reference(hit.Letter.Reference)} ({AnswerText.Edition(hit.Letter.EditionYear, c.Language)}) says:");
        var text = $"{intro}\n\n{AnswerText.Quote(hit.Passage.Original, c.Language)}" + (tail is null ? string.Empty : $"\n\n{tail}");
        var answer = c.Fact(text, moreSources is null ? [hit.Letter.Citation] : moreSources.Prepend(hit.Letter.Citation), AnswerKind.Passage);
        return answer with { Confidence = hit.Coverage };
    }

    // The topic must be in the passage itself, not only the question's other words ("inscri" for inscriptions, inscrire…).
    private static bool Covers(PassageHit hit, string[] topicFrench) =>
        topicFrench.Any(t => TextFolding.Fold(hit.Passage.Clean).Contains(t[..Math.Min(t.Length, 6)], StringComparison.Ordinal));

}
