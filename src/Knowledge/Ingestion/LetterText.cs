using WsisBot.Knowledge.Extraction;
using WsisBot.Knowledge.Facts;

namespace WsisBot.Knowledge.Ingestion;

/// <summary>
/// A parsed letter with what the extractors share: its raw lines (the offer table's tab-separated cells)
/// and its sentences with the days found in each, recognised once.
/// </summary>
internal sealed class LetterText
{
    public LetterText(Letter letter, IReadOnlyList<string> lines)
    {
        Letter = letter;
        Lines = lines;
        Sentences = letter.Passages
            .SelectMany(p => Ingestion.Sentences.Split(p.Original).Select(s => LetterSentence.Read(p, s, letter.EditionYear)))
            .ToList();
    }

    public Letter Letter { get; }

    public IReadOnlyList<string> Lines { get; }

    public IReadOnlyList<LetterSentence> Sentences { get; }

    /// <summary>The header gives the letter's date (else the file name's or the file's stands in).</summary>
    public bool DateStated { get; init; }

    /// <summary>The header gives a reference (else the subject stands in).</summary>
    public bool ReferenceStated { get; init; }

    /// <summary>Sentences after the header (date, reference, addressees, subject).</summary>
    public IEnumerable<LetterSentence> BodySentences => Sentences.Where(s => s.Passage.Index >= Letter.BodyStart);
}

/// <summary>A sentence as written, OCR-repaired, folded, and the days in it (a missing year is the edition's).</summary>
internal sealed record LetterSentence(Passage Passage, string Original, string Clean, string Folded, IReadOnlyList<DateMention> Days)
{
    public static LetterSentence Read(Passage passage, string original, int editionYear)
    {
        var clean = OcrText.Repair(original);
        return new LetterSentence(passage, original, clean, TextFolding.Fold(clean), DateRecognition.Find(clean, Language.French, editionYear));
    }
}
