using WsisBot.Knowledge.Retrieval;

namespace WsisBot.Knowledge.Facts;

/// <summary>
/// Everything extracted from one reading of the corpus folder. Immutable: a change in the folder builds a new
/// snapshot, and answers switch to it at once. Edition-aware look-ups default to the newest edition.
/// </summary>
/// <param name="Letters">Letters read, newest first.</param>
/// <param name="Deadlines">Deadlines stated in the letters.</param>
/// <param name="Events">Events announced, with dates and places.</param>
/// <param name="Tiers">Columns of the partnership offer tables.</param>
/// <param name="Contacts">Contacts of the letters' headers.</param>
/// <param name="Skipped">Files that could not be read.</param>
public sealed record KnowledgeSnapshot(
    IReadOnlyList<Letter> Letters,
    IReadOnlyList<Deadline> Deadlines,
    IReadOnlyList<ForumEvent> Events,
    IReadOnlyList<PartnershipTier> Tiers,
    IReadOnlyList<Contact> Contacts,
    IReadOnlyList<SkippedFile> Skipped)
{
    /// <summary>What was read from each letter (the file used for it) and each file that could not be read, newest first.</summary>
    public IReadOnlyList<LetterReport> Reports { get; init; } = [];

    /// <summary>Every day the letters state (event ranges included day by day): what a phrased answer may mention.</summary>
    public IReadOnlySet<DateOnly> StatedDays { get; init; } = new HashSet<DateOnly>();

    /// <summary>Every amount of money the letters state.</summary>
    public IReadOnlySet<decimal> StatedAmounts { get; init; } = new HashSet<decimal>();

    /// <summary>The paragraphs' search index.</summary>
    public PassageIndex? Index { get; init; }

    /// <summary>Folded words of the whole corpus: what a question can be about.</summary>
    public IReadOnlySet<string> Words { get; init; } = new HashSet<string>();

    /// <summary>Folded words found in more than a third of the letters' paragraphs: they say little about which paragraph answers.</summary>
    public IReadOnlySet<string> CommonWords { get; init; } = new HashSet<string>();

    /// <summary>Editions the letters cover, newest first.</summary>
    public IReadOnlyList<int> Editions => Letters.Select(l => l.EditionYear).Distinct().OrderDescending().ToList();

    /// <summary>The edition answers are about unless the asker names another.</summary>
    public int? NewestEdition => Letters.Count == 0 ? null : Letters.Max(l => l.EditionYear);

    public IEnumerable<Letter> LettersOf(int editionYear) => Letters.Where(l => l.EditionYear == editionYear);

    /// <summary>The deadline of a programme for an edition (default: newest), from the newest letter stating it.</summary>
    public Deadline? DeadlineOf(Programme programme, int? editionYear = null)
    {
        var edition = editionYear ?? NewestEdition;
        return Deadlines
            .Where(d => d.Programme == programme && d.EditionYear == edition)
            .OrderByDescending(d => d.Letter.LetterDate)
            .FirstOrDefault();
    }

    /// <summary>One deadline per programme for an edition.</summary>
    public IReadOnlyList<Deadline> DeadlinesOf(int editionYear) =>
        Deadlines.Where(d => d.EditionYear == editionYear)
            .GroupBy(d => d.Programme)
            .Select(g => g.OrderByDescending(d => d.Letter.LetterDate).First())
            .OrderBy(d => d.Date)
            .ToList();

    /// <summary>Where a programme stands on <paramref name="today"/> for an edition (default: newest).</summary>
    public ProgrammeStatus StatusOf(Programme programme, DateOnly today, int? editionYear = null)
    {
        var edition = editionYear ?? NewestEdition ?? today.Year;
        var deadline = DeadlineOf(programme, edition);
        int? daysLeft = deadline is null ? null : deadline.Date.DayNumber - today.DayNumber;
        return new ProgrammeStatus(programme, edition, deadline, daysLeft is null or >= 0, daysLeft);
    }

    /// <summary>Tiers of an edition's offer table (default: the newest edition that has one).</summary>
    public IReadOnlyList<PartnershipTier> TiersOf(int? editionYear = null)
    {
        var edition = editionYear ?? Tiers.Select(t => (int?)t.EditionYear).Max();
        var newestTable = Tiers.Where(t => t.EditionYear == edition).Select(t => t.Letter.LetterDate).DefaultIfEmpty().Max();
        return Tiers.Where(t => t.EditionYear == edition && t.Letter.LetterDate == newestTable).ToList();
    }

    /// <summary>Events of an edition, one per kind and dates (the most precise statement: with a place, newest letter).</summary>
    public IReadOnlyList<ForumEvent> EventsOf(int editionYear) =>
        Events.Where(e => e.EditionYear == editionYear)
            .GroupBy(e => (e.Kind, e.Start, e.End))
            .Select(g => g.OrderByDescending(e => e.Place?.Length ?? 0).ThenByDescending(e => e.Letter.LetterDate).First())
            .OrderBy(e => e.Start)
            .ThenByDescending(e => e.End)
            .ToList();

    /// <summary>The edition's Forum itself: the longest Forum-kind event, with its most precise place.</summary>
    public ForumEvent? ForumOf(int editionYear) =>
        EventsOf(editionYear).Where(e => e.Kind == EventKind.Forum)
            .OrderByDescending(e => e.End.DayNumber - e.Start.DayNumber)
            .ThenByDescending(e => e.Place?.Length ?? 0)
            .FirstOrDefault();

    /// <summary>The contact of the newest letter of an edition (default: of any edition).</summary>
    public Contact? ContactOf(int? editionYear = null) =>
        Contacts.Where(c => editionYear is null || Letters.Any(l => l.EditionYear == editionYear && l.FileName == c.Letter.FileName))
            .OrderByDescending(c => c.Letter.LetterDate)
            .FirstOrDefault();
}
