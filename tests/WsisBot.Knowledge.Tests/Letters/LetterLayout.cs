using WsisBot.Knowledge.Extraction;

namespace WsisBot.Knowledge.Tests.Letters;

/// <summary>
/// A corpus letter's plain text cut into what a word processor would make of it: paragraphs, list items, tables of
/// header columns, and the offer table (its category row, its header row, section rows and benefit rows).
/// </summary>
public sealed class LetterLayout
{
    private LetterLayout(List<LetterBlock> blocks) => Blocks = blocks;

    public IReadOnlyList<LetterBlock> Blocks { get; }

    public static LetterLayout Of(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var names = lines.Select(l => l.Split('\t').Count(TierTableExtractor.IsTierName)).ToList();
        var header = names.Max() >= 3 ? names.IndexOf(names.Max()) : -1;
        var tableStart = header > 0 && lines[header - 1].Contains('\t') ? header - 1 : header;
        var tableEnd = header < 0 ? -1 : Array.FindLastIndex(lines, l => l.Contains('\t')) + 1;
        var blocks = new List<LetterBlock>();
        var paragraph = new List<string>();
        void Flush()
        {
            if (paragraph.Count > 0)
            {
                blocks.Add(paragraph.All(l => l.Contains('\t'))
                    ? new ColumnsBlock(paragraph.Select(l => l.Split('\t')).ToList())
                    : new ParagraphBlock([.. paragraph]));
                paragraph.Clear();
            }
        }

        for (var i = 0; i < lines.Length; i++)
        {
            if (i == tableStart)
            {
                Flush();
                blocks.Add(OfferTable(lines[tableStart..tableEnd], header - tableStart));
                i = tableEnd - 1;
                continue;
            }

            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                Flush();
            }
            else if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                Flush();
                blocks.Add(new ListItemBlock(line[2..]));
            }
            else if (blocks.Count > 0 && blocks[^1] is ListItemBlock item && paragraph.Count == 0 && lines[i - 1].Trim().Length > 0)
            {
                blocks[^1] = item with { Text = item.Text + " " + line };
            }
            else if (paragraph.Count > 0 && (paragraph[^1].Contains('\t') != lines[i].Contains('\t')))
            {
                Flush();
                paragraph.Add(lines[i].Contains('\t') ? lines[i] : line);
            }
            else
            {
                paragraph.Add(lines[i].Contains('\t') ? lines[i] : line);
            }
        }

        Flush();
        return new LetterLayout(blocks);
    }

    private static OfferTableBlock OfferTable(string[] lines, int header)
    {
        var columns = lines[header].Split('\t').Length;
        var rows = new List<string[]>();
        foreach (var line in lines.Skip(header + 1).Where(l => l.Trim().Length > 0))
        {
            var cells = line.Split('\t');
            rows.Add(cells.Skip(1).All(c => c.Trim().Length == 0) ? [cells[0].Trim()] : Pad(cells, columns));
        }

        return new OfferTableBlock(header > 0 ? Pad(lines[0].Split('\t'), columns) : null, Pad(lines[header].Split('\t'), columns), rows);
    }

    private static string[] Pad(string[] cells, int count) => [.. cells.Select(c => c.Trim()), .. Enumerable.Repeat(string.Empty, Math.Max(0, count - cells.Length))];
}

public abstract record LetterBlock;

/// <summary>Lines of one paragraph, as the letter breaks them.</summary>
public sealed record ParagraphBlock(IReadOnlyList<string> Lines) : LetterBlock;

public sealed record ListItemBlock(string Text) : LetterBlock;

/// <summary>Header lines in columns ("Référence:", its value, the addressees).</summary>
public sealed record ColumnsBlock(IReadOnlyList<string[]> Rows) : LetterBlock;

/// <summary>The offer table: a row of one cell is a section heading across the table.</summary>
public sealed record OfferTableBlock(string[]? Categories, string[] Header, IReadOnlyList<string[]> Rows) : LetterBlock;
