using UglyToad.PdfPig.Content;

namespace WsisBot.Knowledge.Ingestion.Pdf;

/// <summary>A page as lines of words, with the horizontal rules drawn on it (a ruled table's row borders).</summary>
internal sealed class PdfPageLines
{
    private PdfPageLines(int number, double height, List<PdfLine> lines, IReadOnlyList<double> rules)
    {
        Number = number;
        Height = height;
        Lines = lines;
        Rules = rules;
    }

    public int Number { get; }

    public double Height { get; }

    /// <summary>Top to bottom; running headers and footers are taken out by <see cref="RunningHeaders"/>.</summary>
    public List<PdfLine> Lines { get; }

    /// <summary>Heights of the horizontal rules, top to bottom.</summary>
    public IReadOnlyList<double> Rules { get; }

    public static PdfPageLines Read(Page page)
    {
        var words = page.GetWords().Select(PdfWord.From).OfType<PdfWord>();
        return new PdfPageLines(page.Number, page.Height, PdfLine.Group(words), RulesOf(page));
    }

    // Writers draw a rule as a stroked line or as a thin filled rectangle (Chromium, Word): either is flat and wide.
    private static List<double> RulesOf(Page page) =>
        page.Paths
            .Where(p => p.IsFilled || p.IsStroked)
            .Select(p => p.GetBoundingRectangle())
            .OfType<UglyToad.PdfPig.Core.PdfRectangle>()
            .Where(r => r.Height <= 2 && r.Width >= 8)
            .Select(r => (r.Top + r.Bottom) / 2)
            .Distinct()
            .OrderDescending()
            .ToList();

    /// <summary>Whether a rule runs between a line above and a line below.</summary>
    public bool RuleBetween(double aboveBaseline, PdfLine below) =>
        Rules.Any(y => y < aboveBaseline - 0.1 * below.Size && y > below.Baseline + 0.7 * below.Size);
}
