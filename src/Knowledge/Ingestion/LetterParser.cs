using System.Globalization;
using System.Text.RegularExpressions;
using WsisBot.Knowledge.Extraction;
using WsisBot.Knowledge.Facts;
using WsisBot.Knowledge.Vocabulary;

namespace WsisBot.Knowledge.Ingestion;

/// <summary>Cuts a letter's text into paragraphs and reads its header: date, reference, subject, edition.</summary>
internal static partial class LetterParser
{
    public static LetterText Parse(string fileName, string text, DateOnly fallbackDate)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var blocks = Blocks(lines);
        var passages = blocks
            .Select((block, index) => Read(fileName, index, block))
            .Where(p => p.Clean.Length > 0)
            .Select((p, index) => p with { Index = index })
            .ToList();

        var headerCount = passages.FindIndex(p => Salutation().IsMatch(p.Clean));
        headerCount = headerCount < 0 ? Math.Min(passages.Count, 8) : headerCount;
        var header = passages.Take(headerCount).ToList();

        var headerDate = HeaderDate(header);
        var date = headerDate ?? FileNameDate(fileName) ?? fallbackDate;
        var subject = Subject(lines, header);
        var statedReference = Reference(lines);
        var reference = statedReference ?? subject;
        var edition = Year(reference) ?? Year(subject) ?? date.Year;

        var letter = new Letter(fileName, date, reference, subject, edition, passages, headerCount) { Signatories = Signatures(passages) };
        return new LetterText(letter, lines) { DateStated = headerDate is not null, ReferenceStated = statedReference is not null };
    }

    // The paragraphs after the closing formula (« Veuillez agréer… ») and the "(signé)" marks: the signatures, up to six.
    private static List<string> Signatures(List<Passage> passages)
    {
        var closing = passages.FindLastIndex(p => Closing().IsMatch(p.Clean));
        if (closing < 0)
        {
            return [];
        }

        return passages.Skip(closing + 1)
            .Where(p => !SignedMark().IsMatch(p.Clean) && !p.IsTableRow && p.Clean.Length < 200 && p.Clean.Any(char.IsUpper))
            .TakeWhile(p => !p.Clean.Contains("OFFRES", StringComparison.Ordinal))
            .Take(6)
            .Select(p => p.Clean.Trim())
            .ToList();
    }

    private static Passage Read(string fileName, int index, string block)
    {
        var clean = OcrText.Clean(block);
        return new Passage(fileName, index, OcrText.Flatten(block), clean, block.Count(c => c == '\t') >= 2, new Phrases(clean).Programmes());
    }

    private static List<string> Blocks(IEnumerable<string> lines)
    {
        var blocks = new List<string>();
        var current = new List<string>();
        void Flush()
        {
            if (current.Count > 0)
            {
                blocks.Add(string.Join("\n", current));
                current.Clear();
            }
        }

        foreach (var line in lines)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                Flush();
            }
            else if (line.Contains('\t'))
            {
                // Header columns and table rows: each line stands alone.
                Flush();
                blocks.Add(line);
            }
            else
            {
                if (Bullet().IsMatch(line))
                {
                    Flush();
                }

                current.Add(line);
            }
        }

        Flush();
        return blocks;
    }

    private static DateOnly? HeaderDate(IEnumerable<Passage> header) =>
        header
            .SelectMany(p => DateRecognition.Find(p.Clean, Language.French, 2000))
            .Where(m => m.YearGiven && !m.IsRange)
            .Select(m => (DateOnly?)m.From)
            .FirstOrDefault();

    private static DateOnly? FileNameDate(string fileName)
    {
        var match = FileDate().Match(fileName);
        return match.Success && DateOnly.TryParseExact(match.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
    }

    private static string? Reference(string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var match = ReferenceLine().Match(lines[i]);
            if (!match.Success)
            {
                continue;
            }

            var parts = new List<string> { match.Groups[1].Value.Split('\t')[0] };
            // A reference may run over the next lines, until the contact block.
            for (var j = i + 1; j < lines.Length && !string.IsNullOrWhiteSpace(lines[j]) && !HeaderField().IsMatch(lines[j]); j++)
            {
                parts.Add(lines[j].Split('\t')[0]);
            }

            var reference = OcrText.Clean(string.Join(" ", parts));
            return reference.Length > 0 ? reference : null;
        }

        return null;
    }

    private static string Subject(string[] lines, IReadOnlyList<Passage> header)
    {
        var subjectLine = lines.Select(l => SubjectLine().Match(l)).FirstOrDefault(m => m.Success);
        if (subjectLine is not null)
        {
            return OcrText.Clean(subjectLine.Groups[1].Value);
        }

        // No "Objet:": the title is the last header paragraph that is neither a field, an addressee nor a date.
        var title = header.LastOrDefault(p =>
            p.Clean.Length > 20 && !Bullet().IsMatch(p.Original) && !HeaderField().IsMatch(p.Clean) && !Addressee().IsMatch(p.Clean));
        return title?.Clean ?? string.Empty;
    }

    private static int? Year(string text)
    {
        var match = YearPattern().Match(text);
        return match.Success ? int.Parse(match.Value, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"^\s*Madame,? Monsieur", RegexOptions.IgnoreCase)]
    private static partial Regex Salutation();

    [GeneratedRegex(@"agr[ée]er|consid[ée]ration|sinc[eè]res salutations", RegexOptions.IgnoreCase)]
    private static partial Regex Closing();

    [GeneratedRegex(@"^\W*(?:original\s+)?sign[ée]\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex SignedMark();

    [GeneratedRegex(@"^\s*[-–•]\s")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}")]
    private static partial Regex FileDate();

    [GeneratedRegex(@"^\s*(?:\*\*)?R[ée]f(?:[ée]rence)?\.?\s*:\s*(.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex ReferenceLine();

    [GeneratedRegex(@"^\s*(?:\*\*)?(?:Objet|Subject)\s*:\s*(.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectLine();

    [GeneratedRegex(@"^\s*(?:Contact|T[ée]l|Courriel|E-?mail|R[ée]f|Objet|Gen[èe]v|Geneva|La Secr|Secr[ée]tariat)", RegexOptions.IgnoreCase)]
    private static partial Regex HeaderField();

    [GeneratedRegex(@"^\s*(?:À|A|Aux?)\b[\s:]", RegexOptions.IgnoreCase)]
    private static partial Regex Addressee();

    [GeneratedRegex(@"\b20\d{2}\b")]
    private static partial Regex YearPattern();
}
