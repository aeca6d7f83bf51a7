using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace WsisBot.Knowledge.Tests.Letters;

/// <summary>
/// A letter laid out word by word with PdfPig's document builder, as a PDF library (not a browser) writes one: a TrueType
/// font, lines placed by hand, the offer table's cells at fixed column positions, with or without drawn rules.
/// </summary>
public static class PdfPigLetter
{
    private const string Font = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    private const double Size = 9;
    private const double Left = 50;
    private const double CellSize = 6.5;
    private const double LabelWidth = 150;
    private static readonly double[] ColumnsAt = [0, 60, 310];

    public static byte[] From(string text, bool ruled)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(File.ReadAllBytes(Font));
        var page = builder.AddPage(PageSize.A4);
        var y = 800.0;
        void Line(string line, double x = Left)
        {
            if (y < 60)
            {
                page = builder.AddPage(PageSize.A4);
                y = 800;
            }

            if (line.Length > 0)
            {
                page.AddText(line, Size, new PdfPoint(x, y), font);
            }

            y -= Size * 1.25;
        }

        foreach (var block in LetterLayout.Of(text).Blocks)
        {
            switch (block)
            {
                case ParagraphBlock p:
                    foreach (var line in p.Lines.SelectMany(l => Wrap(l)))
                    {
                        Line(line);
                    }

                    break;
                case ListItemBlock item:
                    foreach (var (line, i) in Wrap(item.Text).Select((l, i) => (l, i)))
                    {
                        Line((i == 0 ? "- " : "  ") + line);
                    }

                    break;
                case ColumnsBlock columns:
                    foreach (var row in columns.Rows)
                    {
                        for (var c = 0; c < row.Length; c++)
                        {
                            page.AddText(row[c], Size - 1.5, new PdfPoint(Left + ColumnsAt[c], y), font);
                        }

                        y -= Size * 1.25;
                    }

                    break;
                case OfferTableBlock table:
                    y -= Size;
                    var tiers = table.Header.Length - 1;
                    var width = (495 - LabelWidth) / tiers;
                    double Column(int c) => c == 0 ? Left : Left + LabelWidth + ((c - 1) * width);
                    foreach (var row in (table.Categories is { } categories ? new[] { categories } : []).Append(table.Header).Concat(table.Rows))
                    {
                        // Each cell wrapped to its column; the row as tall as its tallest cell.
                        var cells = row.Select((cell, c) => Wrap(cell, row.Length == 1 ? 90 : c == 0 ? 34 : (int)((width - 6) / (CellSize * 0.62)))).ToList();
                        var height = cells.Max(c => c.Count);
                        if (y - (height * CellSize * 1.25) < 60)
                        {
                            page = builder.AddPage(PageSize.A4);
                            y = 800;
                        }

                        if (ruled)
                        {
                            page.DrawLine(new PdfPoint(Left - 3, y + CellSize + 3), new PdfPoint(Left + 495, y + CellSize + 3), 0.5);
                        }

                        for (var c = 0; c < cells.Count; c++)
                        {
                            for (var l = 0; l < cells[c].Count; l++)
                            {
                                page.AddText(cells[c][l], CellSize, new PdfPoint(Column(c) + 2, y - (l * CellSize * 1.25)), font);
                            }
                        }

                        y -= (height * CellSize * 1.25) + 6;
                    }

                    y -= Size;
                    break;
            }

            y -= Size * 0.8;
        }

        return builder.Build();
    }

    private static List<string> Wrap(string text) => Wrap(text, 100);

    private static List<string> Wrap(string text, int width)
    {
        var lines = new List<string> { string.Empty };
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (lines[^1].Length > 0 && lines[^1].Length + word.Length + 1 > width)
            {
                lines.Add(string.Empty);
            }

            lines[^1] = lines[^1].Length == 0 ? word : lines[^1] + " " + word;
        }

        return lines;
    }
}
