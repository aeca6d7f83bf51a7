using WsisBot.Knowledge.Extraction;

namespace WsisBot.Knowledge.Ingestion.Pdf;

/// <summary>
/// The partnership offer table of a PDF, read from where its words sit. Lines close under one another, with no rule
/// drawn between them, make a band (a row of the table). The header is the band naming the most tier names
/// ("DIAMANT", "OR (multiples)"); each tier's column runs between the gaps that part its header cell from its
/// neighbours', the label column lies left of the first. Each band is a row, a cell's lines joined; a band with
/// nothing in the label column, or a label's rest with nothing beside it, belongs to the row above (a row cut by a
/// page break). A line across three columns or more is a section heading when written in capitals, and otherwise the
/// text after the table. The rows come out as the corpus's tab-separated lines, so <see cref="TierTableExtractor"/>
/// reads them as it reads a .txt letter.
/// </summary>
internal sealed class PdfOfferTable
{
    private const int MinimumTiers = 3;

    private readonly double[] _borders;
    private readonly string _headerShape;
    private readonly string? _categoryShape;
    private readonly IReadOnlySet<string> _compounds;
    private double? _labelLeft;
    private int _headerRows;
    private double[] _headerLefts = [];
    private readonly double _size;

    private PdfOfferTable(double[] borders, string headerShape, string? categoryShape, IReadOnlySet<string> compounds, double size)
    {
        _borders = borders;
        _headerShape = headerShape;
        _categoryShape = categoryShape;
        _compounds = compounds;
        _size = size;
    }

    /// <summary>Rows as cells: the label, then one cell per tier.</summary>
    public List<string[]> Rows { get; } = [];

    /// <summary>The page ended inside the table: the next page may carry on with it.</summary>
    public bool IsOpen { get; private set; }

    /// <summary>Pages the table's rows came from.</summary>
    public SortedSet<int> Pages { get; } = [];

    private int Tiers => _borders.Length - 1;

    /// <summary>The band of lines at or after <paramref name="from"/> that names the most tiers (three or more): the table's header row.</summary>
    public static (int Start, int End)? FindHeader(PdfPageLines page, int from)
    {
        (int, int)? best = null;
        var most = MinimumTiers - 1;
        foreach (var band in Bands(page, from))
        {
            var names = HeaderCells(page, band).Count;
            if (names > most)
            {
                (best, most) = (band, names);
            }
        }

        return best;
    }

    /// <summary>The lines of the page's table header rows (category and tiers), if the page has one.</summary>
    public static IReadOnlySet<PdfLine> HeaderLines(PdfPageLines page)
    {
        if (FindHeader(page, 0) is not { } header)
        {
            return new HashSet<PdfLine>();
        }

        var start = CategoryStart(page, header, 0);
        return page.Lines.Skip(start).Take(header.End - start).ToHashSet();
    }

    /// <summary>
    /// Reads the table whose header row is <paramref name="header"/>: <paramref name="start"/> is where its category
    /// row (above the header) begins, <paramref name="end"/> the first line after the table.
    /// </summary>
    public static PdfOfferTable? Read(PdfPageLines page, (int Start, int End) header, int from, IReadOnlySet<string> compounds, out int start, out int end)
    {
        var cells = HeaderCells(page, header);
        start = CategoryStart(page, header, from);
        end = header.End;
        // A first "tier" with no tick and no figure under it is the label column's own title ("SERVICES").
        for (var skip = 0; cells.Count - skip >= MinimumTiers; skip++)
        {
            var table = Build(page, cells.Skip(skip).ToList(), header, start, compounds);
            end = table.ReadRows(page, header.End);
            // A header at the foot of a page has its rows on the next.
            if (table.Rows.Skip(table._headerRows).Any(r => HasFigure(r[1])) || (table.IsOpen && table.Rows.Skip(table._headerRows).All(r => r.Skip(1).All(c => c.Length == 0))))
            {
                return table;
            }
        }

        return null;
    }

    /// <summary>Carries on on the next page: skips a repeated header, reads the rows; the index where the table stops.</summary>
    public int Continue(PdfPageLines page)
    {
        IsOpen = false;
        var i = 0;
        foreach (var band in Bands(page, 0))
        {
            var shape = Shape(page, band);
            if (shape != _headerShape && shape != _categoryShape)
            {
                break;
            }

            i = band.End;
        }

        return ReadRows(page, i, continued: true);
    }

    // The header row's cells that name a tier, left to right: segments one above the other ("ARGENT" over
    // "(multiples)") are one cell.
    private static List<List<PdfSegment>> HeaderCells(PdfPageLines page, (int Start, int End) band)
    {
        var cells = new List<List<PdfSegment>>();
        foreach (var segment in Lines(page, band).SelectMany(l => l.Segments(CellGap(l))))
        {
            var cell = cells.FirstOrDefault(c => c.Any(o => o.Left < segment.Right && segment.Left < o.Right));
            if (cell is null)
            {
                cells.Add([segment]);
            }
            else
            {
                cell.Add(segment);
            }
        }

        return cells.Where(c => TierTableExtractor.IsTierName(c[0].Text)).OrderBy(c => c.Min(s => s.Left)).ToList();
    }

    private static PdfOfferTable Build(PdfPageLines page, List<List<PdfSegment>> cells, (int Start, int End) header, int start, IReadOnlySet<string> compounds)
    {
        var extents = cells.Select(c => (Left: c.Min(s => s.Left), Right: c.Max(s => s.Right))).ToList();
        var size = cells[0][0].Line.Size;
        var gaps = extents.Zip(extents.Skip(1), (a, b) => b.Left - a.Right).Order().ToList();
        var gap = Math.Max(gaps[gaps.Count / 2], size);
        var borders = new double[cells.Count + 1];
        borders[0] = extents[0].Left - gap / 2;
        for (var k = 1; k < cells.Count; k++)
        {
            borders[k] = (extents[k - 1].Right + extents[k].Left) / 2;
        }

        borders[^1] = extents[^1].Right + gap / 2;
        (int Start, int End)? category = start < header.Start ? (start, header.Start) : null;
        var table = new PdfOfferTable(borders, Shape(page, header), category is { } c ? Shape(page, c) : null, compounds, size)
        {
            _headerLefts = [.. extents.Select(e => e.Left)],
        };
        if (category is { } above)
        {
            table.Rows.Add(table.CategoryRow(Lines(page, above)));
        }

        table.Rows.Add([string.Empty, .. cells.Select(c => string.Join(' ', c.Select(s => s.Text)))]);
        table._headerRows = table.Rows.Count;
        table.Pages.Add(page.Number);
        return table;
    }

    // The category row right above the header: a few lines of capitals ("SERVICES", "PARTENAIRE STRATÉGIQUE").
    private static int CategoryStart(PdfPageLines page, (int Start, int End) header, int from)
    {
        var above = Bands(page, from).LastOrDefault(b => b.End == header.Start);
        var lines = Lines(page, above);
        var near = lines.Count > 0 && lines[^1].Bottom - page.Lines[header.Start].Top < 2.5 * lines[^1].Size;
        var segments = lines.SelectMany(l => l.Segments(CellGap(l))).ToList();
        return near && lines.Count <= 3 && segments.Count >= 2 && segments.All(s => IsCapitals(s.Text)) ? above.Start : header.Start;
    }

    // Lines that belong together: each close under the one above, no rule drawn between them.
    private static IEnumerable<(int Start, int End)> Bands(PdfPageLines page, int from)
    {
        var lines = page.Lines;
        for (var i = from; i < lines.Count;)
        {
            var end = i + 1;
            while (end < lines.Count && Close(lines[end - 1], lines[end]) && !page.RuleBetween(lines[end - 1].Baseline, lines[end]))
            {
                end++;
            }

            yield return (i, end);
            i = end;
        }
    }

    private static List<PdfLine> Lines(PdfPageLines page, (int Start, int End) band) => page.Lines.Skip(band.Start).Take(band.End - band.Start).ToList();

    // A group's heading spans its tiers; it is written in its first tier's cell, as a .txt letter writes it.
    private string[] CategoryRow(List<PdfLine> lines)
    {
        var cells = Enumerable.Repeat(string.Empty, Tiers + 1).ToArray();
        var segments = lines.SelectMany(l => l.Segments(CellGap(l))).ToList();
        var groups = segments.Where(s => s.Right >= _borders[0]).ToList();
        foreach (var label in segments.Except(groups))
        {
            cells[0] = LineEndHyphens.JoinLines(cells[0], label.Text, _compounds);
        }

        // A heading written over two lines is one heading.
        var headings = new List<List<PdfSegment>>();
        foreach (var segment in groups)
        {
            var heading = headings.FirstOrDefault(h => h.Any(o => o.Left < segment.Right && segment.Left < o.Right));
            if (heading is null)
            {
                headings.Add([segment]);
            }
            else
            {
                heading.Add(segment);
            }
        }

        // Set where its first tier's header starts (as a .txt writes it), a heading runs until the next; centred over its tiers,
        // each tier takes the heading whose middle is nearest its own.
        var middles = Enumerable.Range(1, Tiers).Select(k => (_borders[k - 1] + _borders[k]) / 2).ToList();
        double Middle(List<PdfSegment> heading) => (heading.Min(s => s.Left) + heading.Max(s => s.Right)) / 2;
        int? LeftAligned(List<PdfSegment> heading)
        {
            var left = heading.Min(s => s.Left);
            var k = ColumnAt(left);
            return k >= 1 && Math.Abs(left - _headerLefts[k - 1]) < 0.15 * (_borders[k] - _borders[k - 1]) ? k : null;
        }

        var aligned = headings.All(h => LeftAligned(h) is not null);
        foreach (var heading in headings)
        {
            var first = aligned
                ? LeftAligned(heading)!.Value
                : Enumerable.Range(1, Tiers).FirstOrDefault(k => headings.MinBy(h => Math.Abs(Middle(h) - middles[k - 1])) == heading);
            var column = first > 0 ? first : Math.Max(1, ColumnAt(Middle(heading)));
            cells[column] = LineEndHyphens.JoinLines(cells[column], string.Join(' ', heading.Select(g => g.Text)), _compounds);
        }

        return cells;
    }

    /// <summary>Reads bands of lines as rows from <paramref name="from"/>; returns the index of the first line not in the table.</summary>
    private int ReadRows(PdfPageLines page, int from, bool continued = false)
    {
        double? lastBottom = null;
        foreach (var band in Bands(page, from))
        {
            var lines = Lines(page, band);
            if (lastBottom is { } bottom && bottom - lines[0].Top > 3.6 * _size)
            {
                return band.Start;
            }

            var cells = Cells(lines);
            if (cells is null)
            {
                return band.Start;
            }

            // A row cut by a page break, or a label's last line set apart: the rest of the row above.
            var labelOnly = cells.Skip(1).All(c => c.Length == 0) && cells[0].Length > 0 && !IsCapitals(cells[0]);
            var rest = (cells[0].Length == 0 && cells.Skip(1).Any(c => c.Length > 0))
                || (labelOnly && ((continued && lastBottom is null) || char.IsLower(cells[0][0])));
            if (rest && Rows.Count > _headerRows)
            {
                var above = Rows[^1];
                for (var c = 0; c < cells.Length; c++)
                {
                    above[c] = LineEndHyphens.JoinLines(above[c], cells[c], _compounds);
                }
            }
            else if (cells.Any(c => c.Length > 0))
            {
                Rows.Add(cells);
            }

            Pages.Add(page.Number);
            lastBottom = lines.Min(l => l.Bottom);
        }

        IsOpen = true;
        return page.Lines.Count;
    }

    /// <summary>A band's cells, or null when the band is not part of the table (text running across it, or beside it).</summary>
    private string[]? Cells(List<PdfLine> band)
    {
        var cells = Enumerable.Repeat(string.Empty, Tiers + 1).ToArray();
        foreach (var line in band)
        {
            if (line.Right > _borders[^1] + 2 * _size || (_labelLeft is { } left && line.Left < left - _size))
            {
                return null;
            }

            foreach (var segment in line.Segments(CellGap(line)))
            {
                var first = ColumnAt(segment.Left + 0.5);
                var last = ColumnAt(segment.Right - 0.5);
                int column;
                if (last - first >= 2)
                {
                    if (!IsCapitals(segment.Text))
                    {
                        return null;
                    }

                    column = 0;
                }
                else
                {
                    column = ColumnAt(segment.Center);
                }

                if (column == 0)
                {
                    _labelLeft ??= segment.Left;
                }

                cells[column] = LineEndHyphens.JoinLines(cells[column], segment.Text, _compounds);
            }
        }

        return cells;
    }

    private int ColumnAt(double x)
    {
        for (var k = 0; k < _borders.Length; k++)
        {
            if (x < _borders[k])
            {
                return k;
            }
        }

        return Tiers;
    }

    // Two lines of one band: the gap between their boxes is under half a line.
    private static bool Close(PdfLine above, PdfLine below, double factor = 1) =>
        above.Bottom - below.Top < 0.45 * factor * Math.Max(above.Size, below.Size);

    private static double CellGap(PdfLine line) => 0.45 * line.Size;

    private static bool HasFigure(string cell) => cell.Contains('✓') || cell.Any(char.IsDigit);

    private static bool IsCapitals(string text)
    {
        var letters = text.Where(char.IsLetter).ToList();
        return letters.Count > 0 && letters.Count(char.IsUpper) >= 0.8 * letters.Count;
    }

    private static string Shape(PdfPageLines page, (int Start, int End) band) =>
        string.Join('|', Lines(page, band).SelectMany(l => l.Segments(CellGap(l))).Select(s => s.Text).Order(StringComparer.Ordinal));
}
