using System.Text.RegularExpressions;

namespace WsisBot.Knowledge.Ingestion;

/// <summary>
/// Two passes over letter text. <see cref="Flatten"/> joins wrapped lines and drops markdown: the words stay
/// the letter's own, so quotes use it. <see cref="Repair"/> then fixes the slips OCR leaves ("I'UIT",
/// "|'aide", "numeérique", "I1A", "ceuvre", "Geneve") so names and matching see ordinary French.
/// </summary>
internal static partial class OcrText
{
    public static string Flatten(string text)
    {
        var s = MarkdownLink().Replace(text, "$1");
        s = s.Replace("**", string.Empty).Replace("\\(", "(").Replace("\\)", ")");
        s = s.Replace('\u00A0', ' ').Replace('\u202F', ' ').Replace('\r', ' ').Replace('\n', ' ').Replace('\t', ' ');
        return Spaces().Replace(s, " ").Trim();
    }

    public static string Repair(string flattened)
    {
        var s = ElidedL().Replace(flattened, "l'");
        s = LostL().Replace(s, "$1l'$2");
        s = AcronymIa().Replace(s, "IA");
        s = s.Replace("eé", "é").Replace("ceuvre", "œuvre").Replace(" oU ", " où ").Replace("Geneve", "Genève").Replace("_", string.Empty);
        s = WrappedAddress().Replace(s, "$1-$2");
        return Spaces().Replace(s, " ").Trim();
    }

    public static string Clean(string text) => Repair(Flatten(text));

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex MarkdownLink();

    // An elided article read as a capital I or a pipe: I'UIT, |'aide, lI'examen.
    [GeneratedRegex(@"(?<![\p{L}])(?:I|\||lI)'(?=\p{L})")]
    private static partial Regex ElidedL();

    // "et 'UNESCO": the l of the article lost.
    [GeneratedRegex(@"(\s)'(\p{Lu}{2,})")]
    private static partial Regex LostL();

    // The acronym IA read with I and l swapped (I'lA, after the repair above l'lA) or with a 1 (I1A).
    [GeneratedRegex(@"(?<=l')lA\b|\bI1A\b")]
    private static partial Regex AcronymIa();

    // "wsis- info@itu.int": an address broken at its hyphen.
    [GeneratedRegex(@"([\w.]+)- (\w[\w.]*@)")]
    private static partial Regex WrappedAddress();

    [GeneratedRegex(@" {2,}")]
    private static partial Regex Spaces();
}
