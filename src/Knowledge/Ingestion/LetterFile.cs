using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

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
        return string.Join("\n\n", document.GetPages().Select(PageText));
    }

    // PDF text has no blank lines: a paragraph break is a gap between lines well above the page's usual one.
    private static string PageText(Page page)
    {
        var lines = new List<(double Top, double Bottom, string Text)>();
        foreach (var word in page.GetWords().OrderByDescending(w => w.BoundingBox.Bottom).ThenBy(w => w.BoundingBox.Left))
        {
            var box = word.BoundingBox;
            if (lines.Count > 0 && Math.Abs(lines[^1].Bottom - box.Bottom) < box.Height / 2)
            {
                var last = lines[^1];
                lines[^1] = (Math.Max(last.Top, box.Top), last.Bottom, last.Text + " " + word.Text);
            }
            else
            {
                lines.Add((box.Top, box.Bottom, word.Text));
            }
        }

        var gaps = lines.Zip(lines.Skip(1), (above, below) => above.Bottom - below.Top).Order().ToList();
        var usual = gaps.Count == 0 ? 0 : gaps[gaps.Count / 4];
        var text = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                text.Append(lines[i - 1].Bottom - lines[i].Top > usual * 1.5 + 1 ? "\n\n" : "\n");
            }

            text.Append(lines[i].Text);
        }

        return text.ToString();
    }
}
