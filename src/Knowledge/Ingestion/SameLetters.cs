using WsisBot.Knowledge.Facts;

namespace WsisBot.Knowledge.Ingestion;

/// <summary>
/// One letter, one set of facts: files with the same reference and date are one letter, in several formats. The file
/// from which the most facts came through is used, so a reading that lost a table row loses to one that kept it; on
/// a tie, the format closest to what the secretariat wrote: Word (paragraphs and tables as written), then PDF (the
/// published characters, its layout worked out), then Markdown and plain text (transcripts, often OCR'd).
/// </summary>
internal static class SameLetters
{
    public static List<LetterFacts> Choose(IEnumerable<LetterFacts> letters) =>
        letters.GroupBy(l => l.Identity).Select(Choose).ToList();

    private static LetterFacts Choose(IGrouping<(DateOnly, string), LetterFacts> files)
    {
        var ranked = files
            .OrderByDescending(f => f.Report.FactCount)
            .ThenByDescending(f => Faithfulness(f.Report.Format))
            .ThenBy(f => f.Report.FileName, StringComparer.Ordinal)
            .ToList();
        var used = ranked[0];
        if (ranked.Count == 1)
        {
            return used;
        }

        var choice = used.Report.FactCount > ranked[1].Report.FactCount ? LetterChoice.MoreFacts : LetterChoice.MoreFaithfulFormat;
        return used with { Report = used.Report with { OtherFiles = ranked.Skip(1).Select(f => f.Report.FileName).ToList(), Choice = choice } };
    }

    private static int Faithfulness(LetterFormat format) => format switch
    {
        LetterFormat.Word => 3,
        LetterFormat.Pdf => 2,
        LetterFormat.Markdown => 1,
        _ => 0,
    };
}
