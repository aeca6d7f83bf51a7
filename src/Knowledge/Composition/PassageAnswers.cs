using WsisBot.Knowledge.Facts;
using WsisBot.Knowledge.Ingestion;
using WsisBot.Knowledge.Retrieval;

namespace WsisBot.Knowledge.Composition;

/// <summary>
/// Questions no fact answers: the best passage, quoted with its letter, when it covers enough of the question; else abstain.
/// A question that names an edition is answered from that edition's letters or from a passage that names its year
/// ("En 2025, plus de 11 000 participants" sits in a 2026 letter), never from another edition's.
/// </summary>
internal static class PassageAnswers
{
    public const double MinimumCoverage = 0.6;

    // Long paragraphs are quoted from their best sentences on.
    private const int LongParagraph = 320;

    public static Answer Compose(AnswerContext c, params string[] topicFrench)
    {
        var hit = Best(c, topicFrench);
        return hit is null ? Abstention.Because(c) : Quote(c, hit);
    }

    /// <summary>A passage about the question that names the edition's year, from any letter; null when none covers the question.</summary>
    public static Answer? Mentioning(AnswerContext c, int edition)
    {
        var hit = Hits(c, [], edition).FirstOrDefault(h => Year(h.Passage).Contains(edition));
        return hit is null ? null : Quote(c, hit);
    }

    /// <summary>A passage that holds every word of the question's own topic ("phases", "résolution"), or null.</summary>
    public static Answer? AboutTopic(AnswerContext c)
    {
        var hit = Best(c);
        if (hit is null)
        {
            return null;
        }

        var passage = TextFolding.Words(hit.Passage.Clean);
        var found = c.Question.Topic.Count(t => passage.Any(w => w.StartsWith(t[..Math.Min(t.Length, 5)], StringComparison.Ordinal)));
        return found >= Math.Ceiling(c.Question.Topic.Count * MinimumCoverage) ? Quote(c, hit) : null;
    }

    public static PassageHit? Best(AnswerContext c, params string[] topicFrench) =>
        Hits(c, topicFrench, c.DefaultEdition ? null : c.Edition).FirstOrDefault();

    private static IEnumerable<PassageHit> Hits(AnswerContext c, string[] topicFrench, int? edition)
    {
        var concepts = QueryConcepts.From(c.SearchText, topicFrench);
        // Topic answers (registration, the Trust Fund) stay in their edition; open questions search every letter, then keep
        // the named edition's letters and the passages that name its year.
        var hits = c.Snapshot.Index?.Search(concepts, topicFrench.Length == 0 ? null : c.Edition, take: 20) ?? [];
        // A topic answer needs its topic in the passage; the question's other words count less ("Où s'inscrit-on ?").
        var minimum = topicFrench.Length == 0 ? MinimumCoverage : MinimumCoverage / 2;
        var counting = c.Says("howMany");
        // "How many …?" is answered only by a passage that gives a figure for it.
        return hits
            .Where(h => h.Coverage >= minimum && (topicFrench.Length == 0 || Covers(h, topicFrench)))
            .Where(h => !counting || topicFrench.Length > 0 || Counts(concepts, h.Passage))
            .Where(h => edition is null || topicFrench.Length > 0 || h.Letter.EditionYear == edition || Year(h.Passage).Contains(edition.Value))
            .OrderByDescending(h => Math.Round(h.Coverage, 2))
            .ThenBy(h => c.Question.Replaced.Count > 0 && new Vocabulary.Phrases(h.Passage.Clean).HasAny(c.Question.Replaced))
            .ThenByDescending(h => Exact(concepts, h.Passage))
            .ThenByDescending(h => h.Letter.EditionYear == edition)
            .ThenByDescending(h => edition is { } year && Year(h.Passage).Contains(year))
            .ThenByDescending(h => h.Letter.EditionYear)
            .ThenByDescending(h => h.Score);
    }

    public static Answer Quote(AnswerContext c, PassageHit hit, string? lead = null, string? tail = null, IEnumerable<Citation>? moreSources = null)
    {
        var intro = lead ?? c.Pick(
            $"Voici ce que dit la lettre {AnswerText.Reference(hit.Letter.Reference)} du {AnswerText.Day(hit.Letter.Date, c.Language)} ({AnswerText.Edition(hit.Letter.EditionYear, c.Language)}) :",
            $"This is what letter {AnswerText.Reference(hit.Letter.Reference)} of {AnswerText.Day(hit.Letter.Date, c.Language)} ({AnswerText.Edition(hit.Letter.EditionYear, c.Language)}) says:");
        var quoted = Excerpt(c, hit.Passage);
        var gist = c.Language == Language.English ? Gist.Of(quoted) : null;
        var text = $"{intro}\n\n{AnswerText.Quote(quoted, c.Language)}" + (gist is null ? string.Empty : $"\n\n{gist}") + (tail is null ? string.Empty : $"\n\n{tail}");
        var answer = c.Fact(text, moreSources is null ? [hit.Letter.Citation] : moreSources.Prepend(hit.Letter.Citation), AnswerKind.Passage);
        return answer with { Confidence = hit.Coverage };
    }

    // A long paragraph is quoted from the sentence that holds most of the question's words, with the next one.
    private static string Excerpt(AnswerContext c, Passage passage)
    {
        if (passage.Original.Length <= LongParagraph)
        {
            return passage.Original;
        }

        // Each of the question's words counts once per sentence, the more for being in fewer of the passage's sentences
        // ("organise" tells more than "forum").
        var concepts = QueryConcepts.From(c.SearchText)
            .Select(q => TextFolding.Words(q.French).Append(q.Asked).Where(w => w.Length > 2 && !c.Snapshot.CommonWords.Contains(w)).ToList())
            .Where(words => words.Count > 0)
            .ToList();
        var originals = Sentences.Split(passage.Original).ToList();
        var sentences = originals.Select(s => TextFolding.Words(OcrText.Repair(s))).ToList();
        bool Has(List<string> sentence, List<string> concept) =>
            concept.Any(a => sentence.Any(w => w.StartsWith(a[..Math.Min(a.Length, 6)], StringComparison.Ordinal)));
        var weights = concepts.Select(concept => 1.0 / Math.Max(1, sentences.Count(s => Has(s, concept)))).ToList();
        var best = sentences
            .Select((s, i) => (Index: i, Score: concepts.Select((concept, k) => Has(s, concept) ? weights[k] : 0).Sum()))
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Index)
            .First();
        // The next sentence too, unless the best one already holds every word of the question the paragraph has.
        var take = concepts.Where(concept => sentences.Any(s => Has(s, concept))).All(concept => Has(sentences[best.Index], concept)) ? 1 : 2;
        var excerpt = string.Join(' ', originals.Skip(best.Index).Take(take));
        return (best.Index > 0 ? "… " : string.Empty) + excerpt + (best.Index + take < originals.Count ? " …" : string.Empty);
    }

    // "How many participants…?": the passage gives a figure for one of the question's words ("11 000 participants").
    private static bool Counts(IReadOnlyList<QueryConcept> concepts, Passage passage)
    {
        var words = TextFolding.Words(passage.Clean);
        for (var i = 0; i < words.Count; i++)
        {
            if (!words[i].All(char.IsDigit) || (words[i].Length == 4 && words[i].StartsWith("20", StringComparison.Ordinal)))
            {
                continue;
            }

            // The noun follows the figure within two words ("11 000 participants", "53 institutions spécialisées").
            foreach (var next in words.Skip(i + 1).SkipWhile(w => w.All(char.IsDigit)).Take(2))
            {
                if (concepts.Any(c => TextFolding.Words(c.French).Append(c.Asked).Any(a => a.Length > 3 && next.StartsWith(a[..Math.Min(a.Length, 6)], StringComparison.Ordinal))))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // How many of the question's words the passage has as written, not only by their stem ("participants", not "participation").
    private static int Exact(IReadOnlyList<QueryConcept> concepts, Passage passage)
    {
        var words = TextFolding.Words(passage.Clean).ToHashSet();
        return concepts.Count(c => words.Contains(c.Asked) || TextFolding.Words(c.French).All(words.Contains));
    }

    private static HashSet<int> Year(Passage passage) =>
        TextFolding.Words(passage.Clean).Where(w => w.Length == 4 && w.StartsWith("20", StringComparison.Ordinal) && w.All(char.IsDigit)).Select(int.Parse).ToHashSet();

    // The topic must be in the passage itself, not only the question's other words ("inscri" for inscriptions, inscrire…).
    private static bool Covers(PassageHit hit, string[] topicFrench) =>
        topicFrench.Any(t => TextFolding.Fold(hit.Passage.Clean).Contains(t[..Math.Min(t.Length, 6)], StringComparison.Ordinal));
}
