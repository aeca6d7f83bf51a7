using System.Globalization;
using System.Text.RegularExpressions;
using WsisBot.Knowledge.Ingestion;
using WsisBot.Knowledge.Vocabulary;

namespace WsisBot.Knowledge.Composition;

/// <summary>
/// What an English reader needs from a quoted French passage, in English: its figures with what they count ("more than
/// 11,000 participants, 169 countries") and the organisations it names ("ITU, UNESCO, UNDP, UNCTAD"), from the vocabulary's
/// words. Only what the vocabulary can say is told; the quote above stays the source.
/// </summary>
internal static partial class Gist
{
    public static string? Of(string french)
    {
        var clean = OcrText.Repair(french);
        var figures = Figures(clean).Distinct().ToList();
        var names = Names(clean).Distinct().ToList();
        var lines = new List<string>();
        if (figures.Count > 0)
        {
            lines.Add("In figures: " + string.Join("; ", figures) + ".");
        }

        if (names.Count > 0)
        {
            lines.Add("Named: " + string.Join(", ", names) + ".");
        }

        return lines.Count == 0 ? null : string.Join('\n', lines.Select(l => "- " + l));
    }

    private static IEnumerable<string> Figures(string text)
    {
        var gist = Lexicon.Gist;
        foreach (Match m in Figure().Matches(text))
        {
            var number = m.Groups["n"].Value.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\u00A0", string.Empty, StringComparison.Ordinal).Replace("\u202F", string.Empty, StringComparison.Ordinal);
            if (!long.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                continue;
            }

            var noun = gist.Nouns
                .Where(n => m.Groups["rest"].Value.StartsWith(n.Key, StringComparison.OrdinalIgnoreCase))
                .OrderByDescending(n => n.Key.Length)
                .Select(n => n.Value)
                .FirstOrDefault();
            if (noun is null)
            {
                continue;
            }

            var quantifier = gist.Quantifiers.FirstOrDefault(q => m.Groups["q"].Value.Trim().Equals(q.Key, StringComparison.OrdinalIgnoreCase)).Value;
            yield return $"{(quantifier is null ? string.Empty : quantifier + " ")}{value.ToString("#,0", CultureInfo.GetCultureInfo("en-GB"))} {noun}";
        }
    }

    // Names the vocabulary knows, in the order the passage gives them ("l'UIT, l'UNESCO, le PNUD et la CNUCED").
    private static IEnumerable<string> Names(string text)
    {
        var found = new List<(int At, string English)>();
        foreach (var (french, english) in Lexicon.Gist.Names.OrderByDescending(n => n.Key.Length))
        {
            var at = Regex.Match(text, $@"(?<!\p{{L}}){Regex.Escape(french)}(?!\p{{L}})");
            if (at.Success && !found.Any(f => f.At <= at.Index && at.Index < f.At + 1 && f.English == english))
            {
                found.Add((at.Index, english));
            }
        }

        return found.OrderBy(f => f.At).Select(f => f.English);
    }

    [GeneratedRegex(@"(?<q>(?:plus de|près de|environ|moins de|quelque|au moins)\s+)?(?<!\d)(?<n>\d{1,3}(?:[ \u00A0\u202F]\d{3})+|\d{1,3})(?![\d/])\s+(?<rest>\p{L}[\p{L}' ]{2,40})", RegexOptions.IgnoreCase)]
    private static partial Regex Figure();
}
