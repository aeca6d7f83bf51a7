using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace WsisBot.Knowledge.Ingestion;

/// <summary>Reads a letter file of the corpus folder as text: .txt and .md as they are, .pdf through PdfPig.</summary>
public static class LetterFile
{
    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".md", ".pdf" };

    public static bool IsLetter(string path) => Extensions.Contains(Path.GetExtension(path));

    public static string ReadText(string path) =>
        Path.GetExtension(path).Equals(".pdf", StringComparison.OrdinalIgnoreCase) ? ReadPdf(path) : File.ReadAllText(path);

    private static string ReadPdf(string path)
    {
        using var document = PdfDocument.Open(path);
        return string.Join("\n\n", document.GetPages().Select(p => ContentOrderTextExtractor.GetText(p)));
    }
}
