using System.Globalization;
using System.Text.RegularExpressions;
using WsisBot.Knowledge.Facts;
using WsisBot.Knowledge.Ingestion;
using WsisBot.Knowledge.Vocabulary;

namespace WsisBot.Knowledge.Extraction;

/// <summary>
/// The partnership offer table: tab-separated rows. The header row is the one with the most upper-case
/// tier names ("DIAMANT (exclusif)"); upper-case lines without ticks are sections; rows with ticks (✓) are
/// benefits, a cell's words after the tick its detail; the row with CHF amounts gives the prices.
/// </summary>
internal static partial class TierTableExtractor
{
    private const char Tick = '✓';

    public static IEnumerable<PartnershipTier> Extract(LetterText text)
    {
        var lines = text.Lines;
        var rows = lines.Select(l => l.Split('\t')).ToList();
        var headerIndex = Enumerable.Range(0, rows.Count)
            .Select(i => (Index: i, Names: rows[i].Count(IsTierName)))
            .Where(r => r.Names >= 3)
            .OrderByDescending(r => r.Names)
            .Select(r => (int?)r.Index)
            .FirstOrDefault();
        if (headerIndex is not { } header)
        {
            yield break;
        }

        var columns = Enumerable.Range(0, rows[header].Length).Where(i => IsTierName(rows[header][i])).ToList();
        var categories = header > 0 ? rows[header - 1] : [];
        var benefits = columns.ToDictionary(c => c, _ => new List<TierBenefit>());
        var prices = new Dictionary<int, string>();
        var section = string.Empty;
        for (var r = header + 1; r < rows.Count; r++)
        {
            var cells = rows[r];
            var label = OcrText.Clean(cells[0]);
            if (label.Length == 0 && cells.Length == 1)
            {
                continue;
            }

            if (columns.Any(c => Cell(cells, c).Contains("CHF", StringComparison.Ordinal)))
            {
                foreach (var c in columns)
                {
                    prices[c] = OcrText.Clean(Cell(cells, c));
                }

                break;
            }

            if (!cells.Any(c => c.Contains(Tick)))
            {
                if (label.Length > 0 && string.Equals(label, label.ToUpperInvariant(), StringComparison.Ordinal))
                {
                    section = label;
                }

                continue;
            }

            foreach (var c in columns)
            {
                var cell = Cell(cells, c).Trim();
                var detail = OcrText.Clean(cell.TrimStart(Tick)).Trim();
                if (detail.StartsWith('(') && detail.EndsWith(')') && detail.IndexOf('(', 1) < 0)
                {
                    detail = detail[1..^1];
                }

                var (quantity, unit) = Counted(detail);
                benefits[c].Add(new TierBenefit(section, label, cell.StartsWith(Tick), detail.Length > 0 ? detail : null, quantity, unit));
            }
        }

        var letter = text.Letter;
        foreach (var c in columns)
        {
            var match = TierName().Match(rows[header][c].Trim());
            var french = Capitalise(match.Groups[1].Value.Trim());
            var key = TextFolding.Fold(french);
            var priceText = prices.GetValueOrDefault(c, string.Empty);
            var amount = AmountRecognition.Find(priceText, Language.French).FirstOrDefault(a => a.Currency == "CHF");
            yield return new PartnershipTier(
                key,
                french,
                OfferGlossary.TierInEnglish(key) ?? french,
                match.Groups[2].Success ? match.Groups[2].Value : null,
                Category(categories, c),
                amount?.Value,
                priceText,
                benefits[c],
                letter.EditionYear,
                letter.Citation);
        }
    }

    // "7 min (Scène principale)" → 7 minutes, "15 places" → 15 seats, "représentant de haut niveau +10" → 10 guests.
    private static (int?, BenefitUnit) Counted(string detail)
    {
        var quantity = Quantity().Match(detail);
        if (quantity.Success && OfferGlossary.Unit(quantity.Groups[2].Value) is { } unit)
        {
            return (int.Parse(quantity.Groups[1].Value, CultureInfo.InvariantCulture), unit.Unit);
        }

        var guests = Guests().Match(detail);
        return guests.Success ? (int.Parse(guests.Groups[1].Value, CultureInfo.InvariantCulture), BenefitUnit.Guests) : (null, BenefitUnit.None);
    }

    private static string Cell(string[] cells, int column) => column < cells.Length ? cells[column] : string.Empty;

    internal static bool IsTierName(string cell) => TierName().IsMatch(cell.Trim());

    // The group heading spans columns: the nearest heading at or left of the column.
    private static string? Category(string[] categories, int column)
    {
        for (var i = Math.Min(column, categories.Length - 1); i > 0; i--)
        {
            if (!string.IsNullOrWhiteSpace(categories[i]))
            {
                return OcrText.Clean(categories[i]);
            }
        }

        return null;
    }

    private static string Capitalise(string upper) => upper.Length == 0 ? upper : upper[0] + upper[1..].ToLowerInvariant();

    [GeneratedRegex(@"^(\d+)\s*(\p{L}+)")]
    private static partial Regex Quantity();

    [GeneratedRegex(@"\+\s*(\d+)\s*$")]
    private static partial Regex Guests();

    [GeneratedRegex(@"^(\p{Lu}[\p{Lu}\- ]+?)\s*(?:\(([^)]*)\))?$")]
    private static partial Regex TierName();
}
