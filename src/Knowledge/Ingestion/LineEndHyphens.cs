using System.Text.RegularExpressions;
using WsisBot.Knowledge.Vocabulary;

namespace WsisBot.Knowledge.Ingestion;

/// <summary>
/// Words a line end cut with a hyphen, made whole again ("par-" / "ticipants" → "participants"). A compound keeps its
/// hyphen when the letter or the offer glossary writes it so elsewhere ("porte-badge", "multi-parties") or when the
/// next line starts with a capital or a digit ("Bogdan-" / "Martin"); a soft hyphen is only ever a break.
/// </summary>
internal static partial class LineEndHyphens
{
    /// <summary>Joins the cut words of a text's wrapped lines; lines with tabs (table rows) are left alone.</summary>
    public static string Join(string text)
    {
        if (!text.Contains("-\n", StringComparison.Ordinal) && !text.Contains('\u00AD') && !text.Contains('\u2010'))
        {
            return text;
        }

        var compounds = Compounds(text);
        return Cut().Replace(text, m => Joined(m.Groups["left"].Value, m.Groups["hyphen"].Value[0], m.Groups["right"].Value, compounds, m.Groups["rest"].Value) + m.Groups["rest"].Value);
    }

    /// <summary>Two lines of one table cell, the second under the first.</summary>
    public static string JoinLines(string upper, string lower, IReadOnlySet<string> compounds)
    {
        var cut = CellEnd().Match(upper);
        var start = WordStart().Match(lower);
        if (!cut.Success || !start.Success)
        {
            return upper.Length == 0 ? lower : lower.Length == 0 ? upper : upper + " " + lower;
        }

        return upper[..cut.Index] + Joined(cut.Groups["left"].Value, cut.Groups["hyphen"].Value[0], start.Groups["right"].Value, compounds, start.Groups["rest"].Value)
            + start.Groups["rest"].Value + lower[start.Length..];
    }

    /// <summary>The hyphenated words a text writes ("porte-badge"), lower case, with the offer glossary's.</summary>
    public static IReadOnlySet<string> Compounds(string text) =>
        Compound().Matches(text).Select(m => m.Value.ToLowerInvariant()).Concat(GlossaryCompounds.Value).ToHashSet(StringComparer.Ordinal);

    private static readonly Lazy<IReadOnlySet<string>> GlossaryCompounds = new(() =>
        OfferGlossary.FrenchText().SelectMany(t => Compound().Matches(t)).Select(m => m.Value.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal));

    private static string Joined(string left, char hyphen, string right, IReadOnlySet<string> compounds, string rest = "")
    {
        // An address goes on after the word ("wsis-" / "info@itu.int"): its hyphen is its own.
        var keep = hyphen != '\u00AD'
            && (!char.IsLower(right[0]) || compounds.Contains((left + "-" + right).ToLowerInvariant()) || rest.StartsWith('@') || rest.StartsWith('/') || (rest.Length > 1 && rest[0] == '.' && char.IsLetter(rest[1])));
        return keep ? left + "-" + right : left + right;
    }

    // A word, a hyphen ending its line, the next line's first word: both lines free of tabs.
    [GeneratedRegex(@"(?<=(?:^|\n)[^\t\n]*)(?<left>\p{L}+)(?<hyphen>[-\u00AD\u2010])[ ]*\n[ ]*(?<right>[\p{L}\d]+)(?<rest>[^\s]*)(?=[^\t\n]*(?:\n|$))")]
    private static partial Regex Cut();

    [GeneratedRegex(@"(?<left>\p{L}+)(?<hyphen>[-\u00AD\u2010])\s*$")]
    private static partial Regex CellEnd();

    [GeneratedRegex(@"^(?<right>[\p{L}\d]+)(?<rest>\S*)")]
    private static partial Regex WordStart();

    [GeneratedRegex(@"\p{L}+(?:-\p{L}+)+")]
    private static partial Regex Compound();
}
