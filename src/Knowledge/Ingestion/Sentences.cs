using System.Text.RegularExpressions;

namespace WsisBot.Knowledge.Ingestion;

/// <summary>Splits a flattened paragraph into sentences, keeping "P.-D. G.", "www.wsis.org/forum" and "Tél.:" whole.</summary>
internal static partial class Sentences
{
    public static IEnumerable<string> Split(string paragraph) =>
        Boundary().Split(paragraph).Select(s => s.Trim()).Where(s => s.Length > 0);

    [GeneratedRegex(@"(?<=[.!?;])\s+(?=[\p{Lu}«""(\[])")]
    private static partial Regex Boundary();
}
