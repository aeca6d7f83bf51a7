using WsisBot.Knowledge.Facts;

namespace WsisBot.Knowledge.Ingestion;

/// <summary>
/// A letter file read as the corpus's plain-text shape (paragraphs apart by a blank line, table cells and header
/// columns apart by tabs), with what its reader noticed on the way.
/// </summary>
internal sealed record LetterReading(string Text, LetterFormat Format)
{
    /// <summary>PDF pages that gave no text at all (a scan without a text layer).</summary>
    public IReadOnlyList<int> PagesWithoutText { get; init; } = [];

    /// <summary>For each table read by position, the pages it ran over.</summary>
    public IReadOnlyList<IReadOnlyList<int>> TablePages { get; init; } = [];
}
