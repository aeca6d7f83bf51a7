using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WsisBot.Knowledge.Facts;

namespace WsisBot.Knowledge.Ingestion.Docx;

/// <summary>
/// Reads a Word letter (.docx) through the Open XML SDK into the corpus's plain-text shape: each paragraph apart by a
/// blank line, list items as "- " lines (or "1. " when numbered), each table row as one line of tab-separated cells
/// (a cell merged across columns keeps its place, so columns stay aligned). Headers, footers and deleted revisions
/// are not the letter's text and are not read.
/// </summary>
internal static class DocxLetterReader
{
    public static LetterReading Read(string path)
    {
        using var document = WordprocessingDocument.Open(path, isEditable: false);
        var body = document.MainDocumentPart?.Document?.Body ?? throw new InvalidDataException("The document has no body.");
        var lists = new DocxLists(document.MainDocumentPart);
        var text = new StringBuilder();
        foreach (var block in Blocks(body, lists))
        {
            text.Append(block).Append("\n\n");
        }

        return new LetterReading(text.ToString(), LetterFormat.Word);
    }

    private static IEnumerable<string> Blocks(OpenXmlElement container, DocxLists lists)
    {
        foreach (var element in container.ChildElements)
        {
            switch (element)
            {
                case Paragraph paragraph when ParagraphText(paragraph) is { Length: > 0 } line:
                    yield return lists.Marker(paragraph) + line;
                    break;
                case Table table:
                    var rows = Rows(table).ToList();
                    if (rows.Count > 0)
                    {
                        yield return string.Join('\n', rows);
                    }

                    break;
                case SdtBlock content when content.SdtContentBlock is { } inner:
                    foreach (var block in Blocks(inner, lists))
                    {
                        yield return block;
                    }

                    break;
            }
        }
    }

    private static IEnumerable<string> Rows(Table table)
    {
        foreach (var row in table.Elements<TableRow>())
        {
            var cells = new List<string>();
            var before = row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
            cells.AddRange(Enumerable.Repeat(string.Empty, before));
            foreach (var cell in row.Elements<TableCell>())
            {
                var properties = cell.TableCellProperties;
                // The lower part of a cell merged down the rows is empty: the text sits in its first row.
                var continued = properties?.VerticalMerge is { } merge && merge.Val?.Value != MergedCellValues.Restart;
                cells.Add(continued ? string.Empty : CellText(cell));
                var span = properties?.GridSpan?.Val?.Value ?? 1;
                cells.AddRange(Enumerable.Repeat(string.Empty, Math.Max(0, span - 1)));
            }

            if (cells.Any(c => c.Length > 0))
            {
                yield return string.Join('\t', cells);
            }
        }
    }

    // A cell's paragraphs and nested tables, on one line.
    private static string CellText(TableCell cell) =>
        string.Join(' ', cell.Descendants<Paragraph>().Select(ParagraphText).Where(t => t.Length > 0)).Replace('\t', ' ').Replace('\n', ' ');

    private static string ParagraphText(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text t when t.Parent is Run:
                    text.Append(t.Text);
                    break;
                case TabChar when element.Parent is Run:
                    text.Append('\t');
                    break;
                case Break or CarriageReturn:
                    text.Append('\n');
                    break;
                case NoBreakHyphen:
                    text.Append('-');
                    break;
                case SoftHyphen:
                    text.Append('\u00AD');
                    break;
                case SymbolChar symbol:
                    text.Append(DocxSymbols.Read(symbol));
                    break;
            }
        }

        return text.ToString().Trim(' ', '\n');
    }
}
