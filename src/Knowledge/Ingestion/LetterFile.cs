using WsisBot.Knowledge.Facts;
using WsisBot.Knowledge.Ingestion.Pdf;
using WsisBot.Knowledge.Ingestion.Docx;

namespace WsisBot.Knowledge.Ingestion;

/// <summary>
/// Reads a letter file of the corpus folder: .txt and .md as they are, .pdf through PdfPig, .docx through the Open XML
/// SDK. Every format comes out in the same plain-text shape, its wrapped words joined and its characters cleaned
/// (<see cref="LineEndHyphens"/>, <see cref="CleanText"/>), so one set of extractors reads them all.
/// </summary>
public static class LetterFile
{
    private static readonly Dictionary<string, LetterFormat> Formats = new(StringComparer.OrdinalIgnoreCase)
    {
        [".txt"] = LetterFormat.Text,
        [".md"] = LetterFormat.Markdown,
        [".pdf"] = LetterFormat.Pdf,
        [".docx"] = LetterFormat.Word,
    };

    public static IReadOnlyCollection<string> Extensions => Formats.Keys;

    public static bool IsLetter(string path) => Formats.ContainsKey(Path.GetExtension(path)) && !Path.GetFileName(path).StartsWith("~$", StringComparison.Ordinal);

    public static string ReadText(string path) => Read(path).Text;

    public static LetterFormat FormatOf(string path) => Formats.GetValueOrDefault(Path.GetExtension(path), LetterFormat.Text);

    internal static LetterReading Read(string path)
    {
        var reading = Formats[Path.GetExtension(path)] switch
        {
            LetterFormat.Pdf => PdfLetterReader.Read(path),
            LetterFormat.Word => DocxLetterReader.Read(path),
            var format => new LetterReading(File.ReadAllText(path), format),
        };
        return reading with { Text = CleanText.Normalise(LineEndHyphens.Join(reading.Text.Replace("\r\n", "\n"))) };
    }
}
