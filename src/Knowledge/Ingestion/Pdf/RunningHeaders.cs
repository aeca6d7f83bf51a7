using System.Text.RegularExpressions;

namespace WsisBot.Knowledge.Ingestion.Pdf;

/// <summary>
/// Takes out what a printer repeats on every page: page numbers ("3", "Page 2 sur 4", "- 2 -"), running headers
/// and footers (the same line at the same height on two pages or more, numbers aside), and a letterhead's small print
/// in the page's margin, well apart from the text. Only a page's first and last lines are candidates, and never an
/// offer table's header rows, which a printer repeats at the top of each page just like a running header.
/// </summary>
internal static partial class RunningHeaders
{
    private const int Candidates = 3;

    public static void Remove(IReadOnlyList<PdfPageLines> pages)
    {
        var tableHeaders = pages.Select(PdfOfferTable.HeaderLines).ToList();
        var edges = pages.Select(p => p.Lines.Take(Candidates).Concat(p.Lines.TakeLast(Candidates)).ToList()).ToList();
        var cuts = pages.Select((page, i) =>
        {
            bool Repeated(PdfLine line) =>
                PageNumber().IsMatch(line.Text)
                || edges.Where((_, j) => j != i).Any(other => other.Any(o => Math.Abs(o.Baseline - line.Baseline) < 4 && Shape(o) == Shape(line)));
            var body = BodySize(page);
            var top = Run(page.Lines, l => l.Top > page.Height * 0.88 && !tableHeaders[i].Contains(l), Repeated, body);
            var bottom = Run([.. page.Lines.AsEnumerable().Reverse()], l => l.Bottom < page.Height * 0.12 && !tableHeaders[i].Contains(l), Repeated, body);
            return (Top: top, Bottom: Math.Min(bottom, page.Lines.Count - top));
        }).ToList();

        for (var i = 0; i < pages.Count; i++)
        {
            var lines = pages[i].Lines;
            lines.RemoveRange(lines.Count - cuts[i].Bottom, cuts[i].Bottom);
            lines.RemoveRange(0, cuts[i].Top);
        }
    }

    // How many lines from a page's edge inwards are running: repeated ones, or small print with a clear gap to the
    // text (a table's small rows that reach the edge are close to the rows before them, and stay).
    private static int Run(List<PdfLine> fromEdge, Func<PdfLine, bool> atEdge, Func<PdfLine, bool> repeated, double body)
    {
        var run = fromEdge.Take(Candidates).TakeWhile(l => atEdge(l) && (repeated(l) || l.Size < 0.9 * body)).Count();
        while (run > 0 && !repeated(fromEdge[run - 1]) && run < fromEdge.Count && Math.Abs(fromEdge[run - 1].Baseline - fromEdge[run].Baseline) < 2.5 * body)
        {
            run--;
        }

        return run;
    }

    private static double BodySize(PdfPageLines page) =>
        page.Lines.GroupBy(l => Math.Round(l.Size)).OrderByDescending(g => g.Sum(l => l.Text.Length)).Select(g => g.Key).FirstOrDefault();

    private static string Shape(PdfLine line) => Digits().Replace(line.Text, "#");

    [GeneratedRegex(@"^\W*(?:(?:page|p\.)\s*)?\d{1,3}(?:\s*(?:/|sur|of|de)\s*\d{1,3})?\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
