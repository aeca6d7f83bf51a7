using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace WsisBot.Knowledge.Tests.Letters;

/// <summary>
/// A corpus letter written as Word writes it, with the Open XML SDK: paragraphs, bulleted list items (a numbering
/// definition), header columns and the offer table as real tables (group headings merged across their tiers, section
/// headings across the table). With symbolTicks, the ticks are inserted as Word's Insert Symbol does (Wingdings).
/// </summary>
public static class WordLetter
{
    private const int BulletList = 1;

    public static byte[] From(string text, bool symbolTicks = false)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            AddBulletNumbering(main);
            var body = new Body();
            foreach (var block in LetterLayout.Of(text).Blocks)
            {
                switch (block)
                {
                    case ParagraphBlock p:
                        body.Append(Paragraph(p.Lines));
                        break;
                    case ListItemBlock item:
                        var paragraph = Paragraph([item.Text]);
                        paragraph.PrependChild(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = BulletList })));
                        body.Append(paragraph);
                        break;
                    case ColumnsBlock columns:
                        body.Append(Table(columns.Rows.Select(r => r.Select(c => (c, 1)).ToList()), symbolTicks));
                        break;
                    case OfferTableBlock table:
                        body.Append(Table(OfferRows(table), symbolTicks));
                        break;
                }
            }

            main.Document = new Document(body);
            // A header and a footer, as a letter has them: not the letter's text.
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(Paragraph(["Union internationale des télécommunications"]));
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = new Footer(Paragraph(["Place des Nations • CH-1211 Genève 20 • Suisse"]));
            body.Append(new SectionProperties(
                new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
                new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) }));
        }

        return stream.ToArray();
    }

    // Group headings span the empty cells after them; a section heading spans the whole row.
    private static IEnumerable<List<(string Text, int Span)>> OfferRows(OfferTableBlock table)
    {
        if (table.Categories is { } categories)
        {
            var row = new List<(string, int)>();
            for (var i = 0; i < categories.Length; i++)
            {
                var span = 1;
                while (i > 0 && i + span < categories.Length && categories[i + span].Length == 0)
                {
                    span++;
                }

                row.Add((categories[i], span));
                i += span - 1;
            }

            yield return row;
        }

        yield return table.Header.Select(c => (c, 1)).ToList();
        foreach (var cells in table.Rows)
        {
            yield return cells.Length == 1 ? [(cells[0], table.Header.Length)] : cells.Select(c => (c, 1)).ToList();
        }
    }

    private static Table Table(IEnumerable<List<(string Text, int Span)>> rows, bool symbolTicks)
    {
        var table = new Table(new TableProperties(new TableBorders(new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 })));
        foreach (var cells in rows)
        {
            var row = new TableRow();
            foreach (var (text, span) in cells)
            {
                var cell = new TableCell(Paragraph([text], symbolTicks));
                if (span > 1)
                {
                    cell.PrependChild(new TableCellProperties(new GridSpan { Val = span }));
                }

                row.Append(cell);
            }

            table.Append(row);
        }

        return table;
    }

    private static Paragraph Paragraph(IReadOnlyList<string> lines, bool symbolTicks = false)
    {
        var paragraph = new Paragraph();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                paragraph.Append(new Run(new Break()));
            }

            var parts = symbolTicks ? lines[i].Split('✓') : [lines[i]];
            for (var p = 0; p < parts.Length; p++)
            {
                if (p > 0)
                {
                    paragraph.Append(new Run(new SymbolChar { Font = "Wingdings", Char = "F0FC" }));
                }

                if (parts[p].Length > 0)
                {
                    paragraph.Append(new Run(new Text(parts[p]) { Space = SpaceProcessingModeValues.Preserve }));
                }
            }
        }

        return paragraph;
    }

    private static void AddBulletNumbering(MainDocumentPart main)
    {
        var numbering = main.AddNewPart<NumberingDefinitionsPart>();
        numbering.Numbering = new Numbering(
            new AbstractNum(new Level(new NumberingFormat { Val = NumberFormatValues.Bullet }, new LevelText { Val = "•" }) { LevelIndex = 0 }) { AbstractNumberId = 1 },
            new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = BulletList });
    }
}
