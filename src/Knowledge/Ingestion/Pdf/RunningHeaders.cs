using System.Text.RegularExpressions;

namespace WsisBot.Knowledge.Ingestion.Pdf;

/// <summary>
/// Takes out what a printer repeats on every page: page numbers ("3", "Page 2 sur 4", "- 2 -"), running headers
/// and footers (the same line at the same height on two pages or more, numbers aside), and a letterhead's small print
/// in the page's margin. Only a page's first and last lines are candidates, and never an offer table's header rows,
/// which a printer repeats at the top of each page just like a running header.
/// </summary>
internal static partial class RunningHeaders
{
    private const int Candidates = 3;

    public static void Remove(IReadOnlyList<PdfPageLines> pages)
    {
        var tableHeaders = pages.Select(PdfOfferTable.HeaderLines).ToList();
        var edges = pages.Select(p => p.Lines.Take(Candidates).Concat(p.Lines.TakeLast(Candidates)).ToList()).ToList();
        var removed = pages.Select((page, i) =>
        {
            bool IsRunning(PdfLine line) =>
                PageNumber().IsMatch(line.Text)
                || edges.Where((_, j) => j != i).Any(other => other.Any(o => Math.Abs(o.Baseline - line.Baseline) < 4 && Shape(o) == Shape(line)))
                || IsMarginPrint(page, line);
            bool IsCandidate(PdfLine line) => !tableHeaders[i].Contains(line) && IsRunning(line);
            var lines = page.Lines;
            var top = lines.Take(Candidates).TakeWhile(l => l.Top > page.Height * 0.88 && IsCandidate(l)).Count();
            var bottom = lines.AsEnumerable().Reverse().Take(Math.Min(Candidates, lines.Count - top)).TakeWhile(l => l.Bottom < page.Height * 0.12 && IsCandidate(l)).Count();
            return (Top: top, Bottom: bottom);
        }).ToList();

        for (var i = 0; i < pages.Count; i++)
        {
            var lines = pages[i].Lines;
            lines.RemoveRange(lines.Count - removed[i].Bottom, removed[i].Bottom);
            lines.RemoveRange(0, removed[i].Top);
        }
    }

    // Smaller than the text and well apart from it: a letterhead's address, a printer's date and file name.
    private static bool IsMarginPrint(PdfPageLines page, PdfLine line)
    {
        var body = page.Lines.GroupBy(l => Math.Round(l.Size)).OrderByDescending(g => g.Sum(l => l.Text.Length)).First().Key;
        if (line.Size >= 0.9 * body)
        {
            return false;
        }

        var index = page.Lines.IndexOf(line);
        return new[] { index - 1, index + 1 }.Where(j => j >= 0 && j < page.Lines.Count).Select(j => page.Lines[j])
            .Where(n => n.Size >= 0.9 * body)
            .All(n => Math.Abs(n.Baseline - line.Baseline) > 2.5 * body);
    }

    private static string Shape(PdfLine line) => Digits().Replace(line.Text, "#");

    [GeneratedRegex(@"^\W*(?:(?:page|p\.)\s*)?\d{1,3}(?:\s*(?:/|sur|of|de)\s*\d{1,3})?\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
