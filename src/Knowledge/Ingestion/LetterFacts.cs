using WsisBot.Knowledge.Extraction;
using WsisBot.Knowledge.Facts;

namespace WsisBot.Knowledge.Ingestion;

/// <summary>What one letter yields: the letter and the facts extracted from its text.</summary>
internal sealed record LetterFacts(
    Letter Letter,
    IReadOnlyList<Deadline> Deadlines,
    IReadOnlyList<ForumEvent> Events,
    IReadOnlyList<PartnershipTier> Tiers,
    Contact? Contact,
    IReadOnlySet<DateOnly> StatedDays,
    IReadOnlySet<decimal> StatedAmounts)
{
    public static LetterFacts Extract(string path)
    {
        var fileName = Path.GetFileName(path);
        var content = LetterFile.ReadText(path);
        if (string.IsNullOrWhiteSpace(content))
        {
            throw new InvalidDataException("The file holds no text.");
        }

        var text = LetterParser.Parse(fileName, content, DateOnly.FromDateTime(File.GetLastWriteTimeUtc(path)));
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

        return new LetterFacts(
            text.Letter,
            DeadlineExtractor.Extract(text).ToList(),
            EventExtractor.Extract(text).ToList(),
            TierTableExtractor.Extract(text).ToList(),
            ContactExtractor.Extract(text),
            days,
            amounts);
    }
}
