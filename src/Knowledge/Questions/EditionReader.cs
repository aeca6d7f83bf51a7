using System.Globalization;
using System.Text.RegularExpressions;
using WsisBot.Knowledge.Facts;
using WsisBot.Knowledge.Ingestion;
using WsisBot.Knowledge.Vocabulary;

namespace WsisBot.Knowledge.Questions;

/// <summary>
/// The edition a question is about: a year ("2024") — which always wins —, else "SMSI+20"/"WSIS+20" (the newest edition
/// whose letters carry "+20" in their reference), else a relative year ("last year", "l'an dernier", from the clock). Null: not said.
/// </summary>
internal static partial class EditionReader
{
    public static int? Read(string folded, Phrases phrases, KnowledgeSnapshot snapshot, DateOnly today)
    {
        var year = Year().Match(folded);
        if (year.Success)
        {
            return int.Parse(year.Groups[1].Value, CultureInfo.InvariantCulture);
        }

        if (PlusTwenty().IsMatch(folded))
        {
            var marked = snapshot.Letters
                .Where(l => PlusTwenty().IsMatch(TextFolding.Fold(l.Reference)))
                .Select(l => (int?)l.EditionYear)
                .Max();
            if (marked is not null)
            {
                return marked;
            }
        }

        // "cette année-là", "that year" point back to the year in the conversation: they are not this year.
        if (PointsBack().IsMatch(folded))
        {
            return null;
        }

        foreach (var (phrase, offset) in Lexicon.RelativeYears)
        {
            if (phrases.Has(phrase))
            {
                return today.Year + offset;
            }
        }

        return null;
    }

    [GeneratedRegex(@"\b(?:cette annee\s+la|cette edition\s+la|that year|that edition|a l epoque|back then|at the time)\b")]
    private static partial Regex PointsBack();

    [GeneratedRegex(@"(?:smsi|wsis)\s*\+\s*20\b")]
    private static partial Regex PlusTwenty();

    [GeneratedRegex(@"(?<![\d/+])\b(20\d{2})\b(?!\s*/)")]
    private static partial Regex Year();
}
