using System.Text;
using UglyToad.PdfPig.Content;

namespace WsisBot.Knowledge.Ingestion.Pdf;

/// <summary>A word on a PDF page: its text, where it starts and ends, its baseline and its font size, in points.</summary>
internal sealed record PdfWord(string Text, double Left, double Right, double Baseline, double Size)
{
    public static PdfWord? From(Word word)
    {
        var text = word.Text.Trim();
        if (text.Length == 0 || word.Letters.Count == 0)
        {
            return null;
        }

        // A writer that scales its text matrix reports a point size of 1: the glyphs' height is then the better guess.
        var size = Math.Max(word.Letters.Max(l => l.PointSize), word.BoundingBox.Height);
        return new PdfWord(text, word.BoundingBox.Left, word.BoundingBox.Right, word.Letters[0].StartBaseLine.Y, size);
    }
}

/// <summary>
/// Words that share a baseline, left to right. Its box is the baseline's (ascender to descender of its font size),
/// not the glyphs', so two lines compare the same whatever letters they hold.
/// </summary>
internal sealed class PdfLine(IReadOnlyList<PdfWord> words)
{
    public IReadOnlyList<PdfWord> Words { get; } = words.OrderBy(w => w.Left).ToList();

    public double Size { get; } = words.Max(w => w.Size);

    public double Baseline { get; } = words.OrderByDescending(w => w.Size).ThenBy(w => w.Left).First().Baseline;

    public double Top => Baseline + 0.8 * Size;

    public double Bottom => Baseline - 0.25 * Size;

    public double Left => Words[0].Left;

    public double Right => Words.Max(w => w.Right);

    public string Text => Join(Words);

    /// <summary>Runs of words with no wider gap than <paramref name="gap"/> between them: a table's cells, a header's columns.</summary>
    public IReadOnlyList<PdfSegment> Segments(double gap)
    {
        var segments = new List<PdfSegment>();
        var current = new List<PdfWord> { Words[0] };
        for (var i = 1; i < Words.Count; i++)
        {
            if (Words[i].Left - Words[i - 1].Right > gap)
            {
                segments.Add(new PdfSegment(current, this));
                current = [];
            }

            current.Add(Words[i]);
        }

        segments.Add(new PdfSegment(current, this));
        return segments;
    }

    /// <summary>The lines of a page, top to bottom; a smaller word (an exponent, "1er") joins the line it sits on.</summary>
    public static List<PdfLine> Group(IEnumerable<PdfWord> words)
    {
        var lines = new List<List<PdfWord>>();
        foreach (var word in words.OrderByDescending(w => w.Baseline).ThenBy(w => w.Left))
        {
            var line = lines.LastOrDefault(l => SameLine(l, word));
            if (line is null)
            {
                lines.Add([word]);
            }
            else
            {
                line.Add(word);
            }
        }

        return lines.Select(l => new PdfLine(l)).OrderByDescending(l => l.Baseline).ToList();
    }

    private static bool SameLine(List<PdfWord> line, PdfWord word)
    {
        var size = Math.Max(line[0].Size, word.Size);
        var baseline = line.OrderByDescending(w => w.Size).First().Baseline;
        var offset = word.Baseline - baseline;
        return Math.Abs(offset) < 0.3 * size
            || (word.Size < 0.85 * line.Max(w => w.Size) && offset > -0.3 * size && offset < 0.6 * size);
    }

    /// <summary>Words joined as they read: a space where there is a gap, none where a word was written in two runs.</summary>
    public static string Join(IEnumerable<PdfWord> words)
    {
        var text = new StringBuilder();
        PdfWord? previous = null;
        foreach (var word in words)
        {
            if (previous is not null && word.Left - previous.Right > 0.08 * Math.Max(word.Size, previous.Size))
            {
                text.Append(' ');
            }

            text.Append(word.Text);
            previous = word;
        }

        return text.ToString();
    }
}

/// <summary>A run of close words on one line.</summary>
internal sealed class PdfSegment(IReadOnlyList<PdfWord> words, PdfLine line)
{
    public IReadOnlyList<PdfWord> Words { get; } = words;

    public PdfLine Line { get; } = line;

    public double Left => Words[0].Left;

    public double Right => Words.Max(w => w.Right);

    public double Center => (Left + Right) / 2;

    public string Text => PdfLine.Join(Words);
}
