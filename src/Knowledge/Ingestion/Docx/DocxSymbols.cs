using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;

namespace WsisBot.Knowledge.Ingestion.Docx;

/// <summary>
/// Word's "Insert Symbol" characters (w:sym): a code in a symbol font. The check marks an offer table uses are read
/// as "✓"; a symbol in any other font is its character as written.
/// </summary>
internal static class DocxSymbols
{
    private static readonly Dictionary<(string Font, int Code), string> Known = new()
    {
        [("wingdings", 0xFC)] = "✓",
        [("wingdings", 0xFE)] = "✓",
        [("wingdings 2", 0x50)] = "✓",
        [("wingdings 2", 0x52)] = "✓",
        [("segoe ui symbol", 0x2713)] = "✓",
    };

    public static string Read(SymbolChar symbol)
    {
        if (!int.TryParse(symbol.Char?.Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code) || code is >= 0xD800 and <= 0xDFFF or > 0x10FFFF)
        {
            return string.Empty;
        }

        // Symbol fonts are addressed at F000 + the byte.
        var font = symbol.Font?.Value?.ToLowerInvariant() ?? string.Empty;
        var key = code >= 0xF000 && code <= 0xF0FF ? code - 0xF000 : code;
        return Known.TryGetValue((font, key), out var known) ? known : char.ConvertFromUtf32(code);
    }
}
