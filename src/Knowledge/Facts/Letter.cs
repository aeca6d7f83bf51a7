namespace WsisBot.Knowledge.Facts;

/// <summary>One call letter of the secretariat, as read from the corpus folder.</summary>
/// <param name="FileName">File name inside the corpus folder, e.g. "2026-03-17_cl-26-17_invitation-forum-smsi-2026.txt".</param>
/// <param name="Date">Date of the letter ("Genève, le 17 mars 2026", else the file name's date).</param>
/// <param name="Reference">The letter's reference as written ("CL-26/17", "SMSI 2026", "Fonds d'affectation spéciale pour le SMSI 2026").</param>
/// <param name="Subject">The subject line ("Objet: …") or the title, OCR-cleaned.</param>
/// <param name="EditionYear">The Forum edition the letter is about (2024, 2025, 2026, …).</param>
/// <param name="Passages">The letter's paragraphs, in order.</param>
/// <param name="BodyStart">Index of the first paragraph after the header (date, reference, addressees, subject).</param>
public sealed record Letter(
    string FileName,
    DateOnly Date,
    string Reference,
    string Subject,
    int EditionYear,
    IReadOnlyList<Passage> Passages,
    int BodyStart)
{
    /// <summary>Who signed the letter, each signature as written (name and title, lines joined).</summary>
    public IReadOnlyList<string> Signatories { get; init; } = [];

    /// <summary>The paragraphs after the header.</summary>
    public IEnumerable<Passage> Body => Passages.Skip(BodyStart);

    /// <summary>The citation answers carry when they rest on this letter.</summary>
    public Citation Citation => new(Reference, Date, FileName);
}

/// <summary>A paragraph of a letter: the original text (quoted to users) and its OCR-cleaned form (used for matching and names).</summary>
/// <param name="Index">Position of the paragraph in its letter.</param>
/// <param name="Original">Text as written in the file, OCR noise included.</param>
/// <param name="Clean">Same text with line wraps joined, markdown and the usual OCR slips removed.</param>
/// <param name="IsTableRow">A row of a tab-separated table (the offer table): facts come from it, quotes do not.</param>
/// <param name="Programmes">Submission programmes the paragraph names.</param>
public sealed record Passage(string FileName, int Index, string Original, string Clean, bool IsTableRow, IReadOnlySet<Programme> Programmes);
