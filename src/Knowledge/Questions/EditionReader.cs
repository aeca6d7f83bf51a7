using System.Globalization;
using System.Text.RegularExpressions;
using WsisBot.Knowledge.Facts;
using WsisBot.Knowledge.Ingestion;
using WsisBot.Knowledge.Vocabulary;

namespace WsisBot.Knowledge.Questions;

/// <summary>
/// The edition a question is about: a year ("2024"), a relative year ("last year", "l'an dernier", from the
/// clock), or "SMSI+20"/"WSIS+20" (the edition whose letters carry "+20" in their reference). Null: the newest.
/// </summary>
internal static partial class EditionReader
{
    public static int? Read(string folded, Phrases phrases, KnowledgeSnapshot snapshot, DateOnly today)
    {
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

        var year = Year().Match(folded);
        if (year.Success)
        {
            return int.Parse(year.Groups[1].Value, CultureInfo.InvariantCulture);
        }

        foreach (var (phrase, offset) in IntentCues.RelativeYears)
        {
            if (phrases.Has(phrase))
            {
                return today.Year + offset;
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?:smsi|wsis)\s*\+\s*20\b")]
    private static partial Regex PlusTwenty();

    [GeneratedRegex(@"(?<![\d/+])\b(20\d{2})\b(?!\s*/)")]
    private static partial Regex Year();
}
