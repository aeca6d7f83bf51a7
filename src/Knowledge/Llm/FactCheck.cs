using WsisBot.Knowledge.Extraction;
using WsisBot.Knowledge.Facts;

namespace WsisBot.Knowledge.Llm;

/// <summary>
/// Finds every day and sum of money a text states and returns those the letters do not state.
/// Used on the language model's output, and by the evaluation on every answer.
/// </summary>
public static class FactCheck
{
    /// <summary>Statements in <paramref name="text"/> that no letter supports (each as written), e.g. "12 April 2026", "CHF 75,000".</summary>
    /// <param name="alsoAllowed">Days the asker named: repeating them back is fine.</param>
    public static IReadOnlyList<string> Unsupported(string text, Language language, KnowledgeSnapshot snapshot, IEnumerable<DateOnly>? alsoAllowed = null)
    {
        var allowed = snapshot.StatedDays.Concat(alsoAllowed ?? []).ToHashSet();
        // Quoted lines ("> « … »") are the letters' French: read them as French, the rest in the answer's language.
        var lines = text.Split('\n');
        var quoted = string.Join('\n', lines.Where(IsQuote));
        var own = string.Join('\n', lines.Where(l => !IsQuote(l)));
        var wrong = Check(own, language, snapshot, allowed).ToList();
        if (quoted.Length > 0)
        {
            wrong.AddRange(Check(quoted, Language.French, snapshot, allowed));
        }

        return wrong;
    }

    private static bool IsQuote(string line) => line.TrimStart().StartsWith('>');

    private static List<string> Check(string text, Language language, KnowledgeSnapshot snapshot, HashSet<DateOnly> allowed)
    {
        var year = snapshot.NewestEdition ?? DateTime.UtcNow.Year;
        var wrong = new List<string>();
        foreach (var day in DateRecognition.Find(text, language, year))
        {
            var written = text.Substring(day.Start, Math.Min(day.Length, text.Length - day.Start));
            // "in 12 days", "today": relative words, not a stated day.
            if (!written.Any(char.IsDigit) || !DateRecognition.MayContainDate(written))
            {
                continue;
            }

            var stated = day.YearGiven
                ? Days(day).All(allowed.Contains)
                : Days(day).All(d => allowed.Any(a => a.Month == d.Month && a.Day == d.Day));
            if (!stated)
            {
                wrong.Add(written);
            }
        }

        wrong.AddRange(AmountRecognition.Find(text, language)
            .Where(a => !snapshot.StatedAmounts.Contains(a.Value))
            .Select(a => text.Substring(a.Start, Math.Min(a.Length, text.Length - a.Start))));
        return wrong;
    }


    private static IEnumerable<DateOnly> Days(DateMention mention) =>
        Enumerable.Range(0, mention.To.DayNumber - mention.From.DayNumber + 1).Select(mention.From.AddDays);
}
