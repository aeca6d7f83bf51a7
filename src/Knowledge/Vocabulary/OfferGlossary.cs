using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using WsisBot.Knowledge.Facts;
using WsisBot.Knowledge.Ingestion;

namespace WsisBot.Knowledge.Vocabulary;

/// <summary>
/// The offer table's words in English and the askers' words for its rows (<c>offer-table.json</c>, embedded): tier names,
/// availability ("multiples" → "several partners"), row labels and their cues, cell phrases and units.
/// </summary>
public static partial class OfferGlossary
{
    private static readonly Lazy<Loaded> Data = new(() => new Loaded(Read()));

    /// <summary>A tier's English name by its folded French key, or null when the glossary does not know it.</summary>
    public static string? TierInEnglish(string key) => Data.Value.File.Tiers.GetValueOrDefault(key);

    /// <summary>"plusieurs partenaires" / "several partners" for the table's "(multiples)"; the word itself when unknown.</summary>
    public static string Availability(string written, Language language) =>
        Data.Value.File.Availability.TryGetValue(TextFolding.Fold(written).Trim(), out var both) ? language.Pick(both.Fr, both.En) : written;

    /// <summary>
    /// Each availability the table can give, by its English meaning ("one partner only"), with the words that name it: the
    /// table's word and the words of its meaning that tell it from the others ("exclusif", "exclusive", "seul", "only").
    /// </summary>
    public static IEnumerable<(string Meaning, IReadOnlySet<string> Words)> AvailabilityWords()
    {
        var all = Data.Value.File.Availability;
        var common = all.Values.Select(v => TextFolding.Words($"{v.Fr} {v.En}").ToHashSet()).Aggregate((a, b) => a.Intersect(b).ToHashSet());
        return all.GroupBy(kv => kv.Value.En).Select(g => (g.Key,
            (IReadOnlySet<string>)g.SelectMany(kv => TextFolding.Words($"{kv.Key} {kv.Value.Fr} {kv.Value.En}")).Where(w => w.Length > 3 && !common.Contains(w)).ToHashSet()));
    }

    /// <summary>The key a row is known by: its folded label without years or digits (a later letter's "Forum de 2027" is the same row).</summary>
    public static string RowKey(string label) => string.Join(' ', TextFolding.Words(Digits().Replace(label, " ")));

    /// <summary>A row's English label, or null when the glossary has none (the label is then shown in French).</summary>
    public static string? RowInEnglish(string label) => Data.Value.Rows.GetValueOrDefault(RowKey(label))?.En;

    /// <summary>The askers' words for a row (its glossary cues, or its own French label's words when the glossary does not know it).</summary>
    public static CueGroup RowCues(string label) => Data.Value.Cues.GetValueOrDefault(RowKey(label)) ?? new CueGroup(label, [label]);

    /// <summary>The glossary's French: row labels and cell phrases (the words a letter's table is written in).</summary>
    public static IEnumerable<string> FrenchText() => Data.Value.File.Rows.Select(r => r.Fr).Concat(Data.Value.File.Cells.Keys);

    /// <summary>What a number in a cell counts ("7 min" → minutes, "15 places" → seats).</summary>
    public static (BenefitUnit Unit, string English)? Unit(string word) =>
        Data.Value.File.Units.TryGetValue(TextFolding.Fold(word).Trim(), out var unit) ? (unit.Unit, unit.En) : null;

    /// <summary>
    /// A cell's detail in English, phrase by phrase ("stand de grande taille, emplacement privilégié" → "large stand, prime
    /// location"); null when a part has no translation (the caller then shows the French, marked as such).
    /// </summary>
    public static string? CellInEnglish(string detail)
    {
        var parts = new List<string>();
        foreach (var part in detail.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (TranslatePart(part) is not { } english)
            {
                return null;
            }

            parts.Add(english);
        }

        return string.Join(", ", parts);
    }

    private static string? TranslatePart(string part)
    {
        var cells = Data.Value.Cells;
        if (cells.TryGetValue(TextFolding.Fold(part).Trim(), out var whole))
        {
            return whole;
        }

        // "7 min (Scène principale)": a number and its unit, then a parenthesis.
        var quantity = Quantity().Match(part);
        if (quantity.Success && Unit(quantity.Groups["unit"].Value) is { } unit)
        {
            var rest = quantity.Groups["rest"].Success ? TranslatePart(quantity.Groups["rest"].Value) : string.Empty;
            return rest is null ? null : $"{quantity.Groups["n"].Value} {unit.English}" + (rest.Length > 0 ? $" ({rest})" : string.Empty);
        }

        // "représentant de haut niveau +10": a phrase and a number of guests.
        var guests = Guests().Match(part);
        if (guests.Success && TranslatePart(guests.Groups["who"].Value) is { } who)
        {
            return $"{who} +{guests.Groups["n"].Value}";
        }

        return null;
    }

    private static OfferTableFile Read()
    {
        using var stream = typeof(OfferGlossary).Assembly.GetManifestResourceStream("WsisBot.Knowledge.Vocabulary.offer-table.json")
            ?? throw new InvalidOperationException("offer-table.json is not embedded in WsisBot.Knowledge.");
        return JsonSerializer.Deserialize<OfferTableFile>(stream, VocabularyJson.Options) ?? throw new InvalidDataException("offer-table.json is empty.");
    }

    [GeneratedRegex(@"^(?<n>\d+)\s*(?<unit>\p{L}+)\.?\s*(?:\((?<rest>[^)]+)\))?$")]
    private static partial Regex Quantity();

    [GeneratedRegex(@"^(?<who>.+?)\s*\+\s*(?<n>\d+)$")]
    private static partial Regex Guests();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    private sealed record OfferTableFile(
        Dictionary<string, string> Tiers,
        Dictionary<string, Both> Availability,
        RowEntry[] Rows,
        Dictionary<string, string> Cells,
        Dictionary<string, UnitEntry> Units);

    private sealed record Both(string Fr, string En);

    private sealed record RowEntry(string Fr, string En, string[] Cues);

    private sealed record UnitEntry(BenefitUnit Unit, string En);

    private sealed class Loaded(OfferTableFile file)
    {
        public OfferTableFile File { get; } = file;

        public Dictionary<string, RowEntry> Rows { get; } = file.Rows.ToDictionary(r => RowKey(r.Fr), StringComparer.Ordinal);

        public Dictionary<string, CueGroup> Cues { get; } = file.Rows.ToDictionary(r => RowKey(r.Fr), r => new CueGroup(r.En, r.Cues), StringComparer.Ordinal);

        public Dictionary<string, string> Cells { get; } = file.Cells.ToDictionary(kv => TextFolding.Fold(kv.Key).Trim(), kv => kv.Value, StringComparer.Ordinal);
    }
}
