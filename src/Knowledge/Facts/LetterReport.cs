namespace WsisBot.Knowledge.Facts;

/// <summary>Why a letter's file was the one used when the letter is in the folder more than once.</summary>
public enum LetterChoice
{
    /// <summary>The letter is in one file only.</summary>
    OnlyFile,

    /// <summary>More facts came through from this file than from the others.</summary>
    MoreFacts,

    /// <summary>As many facts as the others; the format closest to what the secretariat wrote (Word, then PDF, then text).</summary>
    MoreFaithfulFormat,
}

/// <summary>
/// What was read from one letter, for the secretariat: the file used, what came through (deadlines, events, tiers
/// and their prices, rows of the offer table) and what could not be read. A file that could not be read at all has a
/// report too, with its problem and nothing else.
/// </summary>
/// <param name="FileName">The file used.</param>
/// <param name="Format">Its format.</param>
/// <param name="Letter">The letter read from it; null when the file could not be read.</param>
/// <param name="Deadlines">Deadlines found.</param>
/// <param name="Events">Events found.</param>
/// <param name="Tiers">Tiers of the offer table, with their prices.</param>
/// <param name="Problems">What could not be read.</param>
public sealed record LetterReport(
    string FileName,
    LetterFormat Format,
    Letter? Letter,
    IReadOnlyList<Deadline> Deadlines,
    IReadOnlyList<ForumEvent> Events,
    IReadOnlyList<PartnershipTier> Tiers,
    IReadOnlyList<LetterProblem> Problems)
{
    /// <summary>Rows of the offer table (its benefits).</summary>
    public int TableRows => Tiers.Count == 0 ? 0 : Tiers.Max(t => t.Benefits.Count);

    /// <summary>For each table read from positions on PDF pages, the pages it ran over.</summary>
    public IReadOnlyList<IReadOnlyList<int>> TablePages { get; init; } = [];

    /// <summary>The same letter's other files (same reference and date), not used.</summary>
    public IReadOnlyList<string> OtherFiles { get; init; } = [];

    /// <summary>Why this file was used.</summary>
    public LetterChoice Choice { get; init; } = LetterChoice.OnlyFile;

    /// <summary>Facts that came through: what decides between two files of one letter.</summary>
    public int FactCount => Deadlines.Count + Events.Count + Tiers.Count + Tiers.Count(t => t.PriceChf is not null) + TableRows;

    public static string Describe(LetterChoice choice, Language language) => choice switch
    {
        LetterChoice.MoreFacts => language.Pick("plus de faits lus dans ce fichier", "more facts read from this file"),
        LetterChoice.MoreFaithfulFormat => language.Pick(
            "autant de faits ; format le plus fidèle (Word, puis PDF, puis texte)",
            "as many facts; the most faithful format (Word, then PDF, then text)"),
        _ => language.Pick("seul fichier de cette lettre", "the letter's only file"),
    };
}
