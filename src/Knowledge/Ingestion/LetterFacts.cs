using WsisBot.Knowledge.Extraction;
using WsisBot.Knowledge.Facts;

namespace WsisBot.Knowledge.Ingestion;

/// <summary>What one letter file yields: the letter, the facts extracted from its text, and the report of what was read.</summary>
internal sealed record LetterFacts(
    Letter Letter,
    IReadOnlyList<Deadline> Deadlines,
    IReadOnlyList<ForumEvent> Events,
    IReadOnlyList<PartnershipTier> Tiers,
    Contact? Contact,
    IReadOnlySet<DateOnly> StatedDays,
    IReadOnlySet<decimal> StatedAmounts,
    LetterReport Report)
{
    /// <summary>The letter's identity across formats: the same reference and date are the same letter.</summary>
    public (DateOnly Date, string Reference) Identity => (Letter.Date, string.Join(' ', TextFolding.Words(Letter.Reference)));

    public static LetterFacts Extract(string path)
    {
        var fileName = Path.GetFileName(path);
        var reading = LetterFile.Read(path);
        if (string.IsNullOrWhiteSpace(reading.Text))
        {
            throw new InvalidDataException(reading.PagesWithoutText.Count > 0
                ? "The PDF holds no text (a scan without a text layer?)."
                : "The file holds no text.");
        }

        var text = LetterParser.Parse(fileName, reading.Text, DateOnly.FromDateTime(File.GetLastWriteTimeUtc(path)));
        var days = text.Sentences
            .SelectMany(s => s.Days)
            .SelectMany(m => Enumerable.Range(0, m.To.DayNumber - m.From.DayNumber + 1).Select(m.From.AddDays))
            .Append(text.Letter.Date)
            .ToHashSet();
        var amounts = text.Letter.Passages
            .Where(p => p.Clean.Contains("CHF", StringComparison.Ordinal) || p.Clean.Contains("franc", StringComparison.OrdinalIgnoreCase))
            .SelectMany(p => AmountRecognition.Find(p.Clean, Language.French))
            .Select(a => a.Value)
            .ToHashSet();

        var deadlines = DeadlineExtractor.Extract(text).ToList();
        var events = EventExtractor.Extract(text).ToList();
        var tiers = TierTableExtractor.Extract(text).ToList();
        var report = new LetterReport(fileName, reading.Format, text.Letter, deadlines, events, tiers, LetterChecks.Problems(text, reading, deadlines, events, tiers))
        {
            TablePages = reading.TablePages,
        };
        return new LetterFacts(text.Letter, deadlines, events, tiers, ContactExtractor.Extract(text), days, amounts, report);
    }
}
