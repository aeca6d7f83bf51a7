using System.Text;
using UglyToad.PdfPig;
using WsisBot.Knowledge.Facts;

namespace WsisBot.Knowledge.Ingestion.Pdf;

/// <summary>
/// Reads a PDF letter into the corpus's plain-text shape: paragraphs apart by a blank line, a header's columns and
/// the offer table's cells apart by tabs. Words come from PdfPig with their positions; lines, paragraphs, running
/// headers and the table are worked out from those (<see cref="RunningHeaders"/>, <see cref="PdfOfferTable"/>).
/// A paragraph cut by a page break is joined again.
/// </summary>
internal static class PdfLetterReader
{
    // Wider than any space between words, in font sizes: the gap between a header's columns.
    private const double ColumnGap = 1.1;

    public static LetterReading Read(string path)
    {
        using var document = PdfDocument.Open(path);
        var pages = document.GetPages().Select(PdfPageLines.Read).ToList();
        RunningHeaders.Remove(pages);
        var compounds = LineEndHyphens.Compounds(string.Join('\n', pages.SelectMany(p => p.Lines).Select(l => l.Text)));

        var spacing = LineSpacing(pages);
        var text = new StringBuilder();
        var tables = new List<PdfOfferTable>();
        PdfOfferTable? open = null;
        foreach (var page in pages)
        {
            var i = 0;
            if (open is not null)
            {
                i = open.Continue(page);
                if (!open.IsOpen)
                {
                    Write(text, open);
                    open = null;
                }
            }

            while (i < page.Lines.Count)
            {
                var header = PdfOfferTable.FindHeader(page, i);
                PdfOfferTable? table = null;
                int start = page.Lines.Count, end = page.Lines.Count;
                if (header is { } band)
                {
                    table = PdfOfferTable.Read(page, band, i, compounds, out start, out end);
                }

                if (table is null)
                {
                    // No table here (or a header with nothing under it): the rest of the page is text.
                    (start, end) = (page.Lines.Count, page.Lines.Count);
                }

                WriteParagraphs(text, page.Lines.Skip(i).Take(start - i).ToList(), spacing, pageStart: i == 0 && page.Number > 1);
                if (table is not null)
                {
                    tables.Add(table);
                    if (table.IsOpen)
                    {
                        open = table;
                    }
                    else
                    {
                        Write(text, table);
                    }
                }

                i = end;
            }
        }

        if (open is not null)
        {
            Write(text, open);
        }

        var empty = pages.Where(p => p.Lines.Count == 0).Select(p => p.Number).ToList();
        return new LetterReading(text.ToString(), LetterFormat.Pdf)
        {
            PagesWithoutText = empty,
            TablePages = tables.Select(t => (IReadOnlyList<int>)t.Pages.ToList()).ToList(),
        };
    }

    private static void Write(StringBuilder text, PdfOfferTable table)
    {
        Break(text, paragraph: true);
        foreach (var row in table.Rows)
        {
            text.Append(string.Join('\t', row)).Append('\n');
        }

        text.Append('\n');
    }

    // The letter's usual distance from one line to the next, in font sizes: wrapped lines are that far apart,
    // paragraphs farther. Taken over the whole letter, as a page may hold only a few lines.
    private static double LineSpacing(List<PdfPageLines> pages)
    {
        var steps = pages.SelectMany(p => p.Lines.Zip(p.Lines.Skip(1)))
            .Where(pair => Math.Abs(pair.First.Size - pair.Second.Size) < 0.5)
            .Select(pair => (pair.First.Baseline - pair.Second.Baseline) / pair.Second.Size)
            .Where(ratio => ratio is > 0.9 and < 3)
            .Order()
            .ToList();
        return steps.Count == 0 ? 1.2 : Math.Min(steps[steps.Count / 4], 1.3);
    }

    // Lines a blank line apart where the gap above is clearly wider than the usual line spacing, or the font changes size.
    private static void WriteParagraphs(StringBuilder text, List<PdfLine> lines, double spacing, bool pageStart)
    {
        if (lines.Count == 0)
        {
            return;
        }

        var first = lines[0].Text;
        Break(text, paragraph: !(pageStart && EndsMidSentence(text) && (char.IsLower(first[0]) || char.IsDigit(first[0]))));
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                var step = lines[i - 1].Baseline - lines[i].Baseline;
                var apart = step > (spacing + 0.4) * lines[i].Size || Math.Abs(lines[i].Size - lines[i - 1].Size) > 1;
                text.Append(apart || IsBullet(lines[i].Segments(ColumnGap * lines[i].Size)[0].Text) ? "\n\n" : "\n");
            }

            var segments = lines[i].Segments(ColumnGap * lines[i].Size).Select(s => s.Text).ToList();
            if (IsBullet(segments[0]))
            {
                // A list's bullet, set apart from its item: the corpus writes it "- ".
                segments = [.. segments.Skip(1)];
                text.Append("- ");
            }

            text.Append(string.Join('\t', segments));
        }
    }

    private static bool IsBullet(string segment) => segment.Length == 1 && "•◦▪▫‣⁃●○■□\uF0B7\uF0A7".Contains(segment[0], StringComparison.Ordinal);

    // A page that starts inside a sentence (the last one stopped short, this one starts in lower case) carries on its paragraph.
    private static bool EndsMidSentence(StringBuilder text)
    {
        TrimEnd(text);
        var last = text.ToString().Split('\n')[^1];
        return last.Length > 0 && !last.Contains('\t') && !".!?:".Contains(last[^1], StringComparison.Ordinal);
    }

    private static void Break(StringBuilder text, bool paragraph)
    {
        TrimEnd(text);
        if (text.Length > 0)
        {
            text.Append(paragraph ? "\n\n" : "\n");
        }
    }

    private static void TrimEnd(StringBuilder text)
    {
        while (text.Length > 0 && char.IsWhiteSpace(text[^1]))
        {
            text.Length--;
        }
    }
}
