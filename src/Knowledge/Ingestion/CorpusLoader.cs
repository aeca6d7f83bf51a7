using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using WsisBot.Knowledge.Facts;
using WsisBot.Knowledge.Retrieval;

namespace WsisBot.Knowledge.Ingestion;

/// <summary>
/// Reads the corpus folder into a <see cref="KnowledgeSnapshot"/>. A file that cannot be read is logged and
/// skipped. Letters unchanged since the last load (same size and write time) are not extracted again; each letter
/// read anew is logged with what was found in it and what could not be read. A letter present in several files
/// (<see cref="SameLetters"/>) counts once, and the log says which file is used.
/// </summary>
public sealed class CorpusLoader(ILogger<CorpusLoader> logger)
{
    private readonly ConcurrentDictionary<string, (DateTime Written, long Length, LetterFacts Facts)> _cache = new();

    public KnowledgeSnapshot Load(string folder)
    {
        var files = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder).Where(LetterFile.IsLetter).Order(StringComparer.Ordinal).ToList()
            : [];
        var read = new List<LetterFacts>();
        var skipped = new List<SkippedFile>();
        foreach (var path in files)
        {
            try
            {
                read.Add(Read(path));
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                _cache.TryRemove(path, out _);
                logger.LogWarning(exception, "Skipped corpus file {File}: it could not be read", Path.GetFileName(path));
                skipped.Add(new SkippedFile(Path.GetFileName(path), exception.Message));
            }
        }

        foreach (var gone in _cache.Keys.Except(files))
        {
            _cache.TryRemove(gone, out _);
        }

        var letters = SameLetters.Choose(read);
        foreach (var letter in letters.Where(l => l.Report.OtherFiles.Count > 0))
        {
            logger.LogInformation(
                "Letter {Reference} of {Date} is in {Count} files: {Used} is used ({Why}); not used: {Others}",
                letter.Letter.Reference, letter.Letter.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), letter.Report.OtherFiles.Count + 1, letter.Report.FileName,
                LetterReport.Describe(letter.Report.Choice, Language.English), string.Join(", ", letter.Report.OtherFiles));
        }

        var snapshot = Assemble(letters, skipped);
        logger.LogInformation(
            "Corpus loaded from {Folder}: {Letters} letters, {Deadlines} deadlines, {Events} events, {Tiers} tiers, {Skipped} skipped",
            folder, snapshot.Letters.Count, snapshot.Deadlines.Count, snapshot.Events.Count, snapshot.Tiers.Count, skipped.Count);
        return snapshot;
    }

    private LetterFacts Read(string path)
    {
        var info = new FileInfo(path);
        if (_cache.TryGetValue(path, out var cached) && cached.Written == info.LastWriteTimeUtc && cached.Length == info.Length)
        {
            return cached.Facts;
        }

        var facts = LetterFacts.Extract(path);
        _cache[path] = (info.LastWriteTimeUtc, info.Length, facts);
        Log(facts.Report);
        return facts;
    }

    private void Log(LetterReport report)
    {
        var letter = report.Letter!;
        var prices = string.Join(", ", report.Tiers.Select(t => $"{t.FrenchName} {(t.PriceChf is { } chf ? chf.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture) + " CHF" : t.PriceText)}"));
        var problems = string.Join("; ", report.Problems.Select(p => p.Describe(Language.English)));
        if (report.Problems.Count == 0)
        {
            logger.LogInformation(
                "Read {File} ({Format}): {Reference} of {Date}, edition {Edition}: {Deadlines} deadlines, {Events} events, {Tiers} tiers [{Prices}], {Rows} table rows",
                report.FileName, report.Format, letter.Reference, letter.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), letter.EditionYear, report.Deadlines.Count, report.Events.Count, report.Tiers.Count, prices, report.TableRows);
        }
        else
        {
            logger.LogWarning(
                "Read {File} ({Format}): {Reference} of {Date}, edition {Edition}: {Deadlines} deadlines, {Events} events, {Tiers} tiers [{Prices}], {Rows} table rows; not read: {Problems}",
                report.FileName, report.Format, letter.Reference, letter.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), letter.EditionYear, report.Deadlines.Count, report.Events.Count, report.Tiers.Count, prices, report.TableRows, problems);
        }
    }

    private static KnowledgeSnapshot Assemble(List<LetterFacts> read, List<SkippedFile> skipped)
    {
        var letters = read.Select(f => f.Letter).OrderByDescending(l => l.Date).ThenBy(l => l.FileName, StringComparer.Ordinal).ToList();
        return new KnowledgeSnapshot(
            letters,
            read.SelectMany(f => f.Deadlines).ToList(),
            read.SelectMany(f => f.Events).ToList(),
            read.SelectMany(f => f.Tiers).ToList(),
            read.Select(f => f.Contact).OfType<Contact>().ToList(),
            skipped)
        {
            Reports = read.Select(f => f.Report).OrderByDescending(r => r.Letter?.Date).ThenBy(r => r.FileName, StringComparer.Ordinal)
                .Concat(skipped.Select(s => new LetterReport(s.FileName, LetterFile.FormatOf(s.FileName), null, [], [], [], [new LetterProblem(LetterProblemKind.Unreadable, s.Reason)])))
                .ToList(),
            StatedDays = read.SelectMany(f => f.StatedDays).ToHashSet(),
            StatedAmounts = read.SelectMany(f => f.StatedAmounts).ToHashSet(),
            Index = PassageIndex.Build(letters.SelectMany(l => l.Body.Where(p => !p.IsTableRow).Select(p => (p, l)))),
            Words = letters.SelectMany(l => l.Passages).SelectMany(p => TextFolding.Words(p.Clean)).ToHashSet(StringComparer.Ordinal),
            CommonWords = CommonWords(letters),
        };
    }

    // Words in more than a third of the letters' paragraphs ("smsi", "forum"): they tell one paragraph from another poorly.
    private static HashSet<string> CommonWords(List<Letter> letters)
    {
        var paragraphs = letters.SelectMany(l => l.Body.Where(p => !p.IsTableRow)).Select(p => TextFolding.Words(p.Clean).ToHashSet()).ToList();
        return paragraphs.SelectMany(w => w)
            .GroupBy(w => w, StringComparer.Ordinal)
            .Where(g => g.Count() > paragraphs.Count / 3)
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);
    }
}
