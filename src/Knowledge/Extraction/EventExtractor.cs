using System.Text.RegularExpressions;
using WsisBot.Knowledge.Facts;
using WsisBot.Knowledge.Ingestion;
using WsisBot.Knowledge.Vocabulary;

namespace WsisBot.Knowledge.Extraction;

/// <summary>
/// Events: a day or range in a sentence, named by the nearest preceding phrase that starts with an event
/// head ("Forum …", "cérémonie d'ouverture …", "table ronde …"), placed where the sentence says "à X".
/// A range without its year ("du 6 au 10 juillet") takes the letter's edition year.
/// </summary>
internal static partial class EventExtractor
{
    private const int MaxNameLength = 110;

    public static IEnumerable<ForumEvent> Extract(LetterText text)
    {
        var letter = text.Letter;
        var events = new List<ForumEvent>();
        foreach (var sentence in text.Sentences.Where(s => s.Days.Count > 0 && !DeadlineExtractor.IsDeadlineSentence(s.Folded)))
        {
            var place = Place(sentence.Clean);
            var clauseStart = 0;
            foreach (var day in sentence.Days.OrderBy(m => m.Start))
            {
                var name = Name(sentence.Clean, sentence.Folded, clauseStart, day.Start);
                clauseStart = day.End;
                if (name is null || day.From == letter.Date)
                {
                    continue;
                }

                var kind = Lexicon.KindOfEventName(TextFolding.Fold(name));
                events.Add(new ForumEvent(name, kind, day.From, day.To, place, letter.EditionYear, sentence.Original, letter.Citation));
            }
        }

        // A title and the body often announce the same event: keep the fullest statement.
        return events
            .GroupBy(e => (e.Kind, e.Start, e.End))
            .Select(g => g.OrderByDescending(e => e.Place is not null).ThenByDescending(e => e.Sentence.Length).First());
    }

    private static string? Name(string clean, string folded, int from, int to)
    {
        if (to <= from)
        {
            return null;
        }

        var clause = folded[from..to];
        var bounds = Delimiter().Matches(clause).Select(m => (m.Index, m.Length)).ToList();
        var segments = new List<(int Start, int End)>();
        var start = 0;
        foreach (var (index, length) in bounds)
        {
            segments.Add((start, index));
            start = index + length;
        }

        segments.Add((start, clause.Length));
        for (var i = segments.Count - 1; i >= 0; i--)
        {
            var (segmentStart, segmentEnd) = segments[i];
            var head = Head().Match(clause, segmentStart, segmentEnd - segmentStart);
            if (!head.Success)
            {
                continue;
            }

            var nameFolded = clause[head.Index..segmentEnd];
            var cut = Verb().Match(nameFolded);
            var length = cut.Success ? cut.Index : nameFolded.Length;
            var name = clean.Substring(from + head.Index, length).Trim(' ', '"', '«', '»', '\'', '.');
            if (name.Length > MaxNameLength)
            {
                name = name[..name.LastIndexOf(' ', MaxNameLength)];
            }

            return name.Length > 0 ? char.ToUpperInvariant(name[0]) + name[1..] : null;
        }

        return null;
    }

    public static string? Place(string clean)
    {
        var match = PlacePattern().Match(clean);
        if (!match.Success)
        {
            return null;
        }

        return PlaceJoin().Replace(match.Groups[1].Value, ", ");
    }

    [GeneratedRegex(@",|;|:|\(|\)|""|«|»| qui | et | a savoir | dont | ou ")]
    private static partial Regex Delimiter();

    // The vocabulary's event heads ("forum", "table ronde", …), folded: where an event's name starts.
    private static readonly Lazy<Regex> Heads = new(() =>
        new Regex(@"\b(?:" + string.Join('|', Lexicon.EventHeads.Phrases.Select(Regex.Escape)) + @")\b", RegexOptions.Compiled));

    private static Regex Head() => Heads.Value;

    [GeneratedRegex(@" (?:se|aura|sera|seront|doit|prevue?s?|etabli|organisee?|rassemblera|comprendront|aura lieu) ")]
    private static partial Regex Verb();

    [GeneratedRegex(@"(?<![\p{L}'])(?:à|a) (\p{Lu}[\p{L}-]+(?: (?:à|a) \p{Lu}[\p{L}-]+)?(?: \(\p{Lu}\p{L}+\))?)")]
    private static partial Regex PlacePattern();

    [GeneratedRegex(@" (?:à|a) ")]
    private static partial Regex PlaceJoin();
}
