using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging.Abstractions;
using WsisBot.Knowledge.Facts;
using WsisBot.Knowledge.Ingestion;

namespace WsisBot.Knowledge.Tests.Letters;

/// <summary>
/// Every fact read from a letter, one line each: the letter's header, deadlines and events with their sentences,
/// the contact, and each tier with its price and every cell of its column. Two readings of one letter compare line by line.
/// </summary>
public static partial class FactLines
{
    /// <summary>The facts of the one letter a file holds, read alone.</summary>
    public static List<string> OfFile(string path)
    {
        using var folder = new TestLetters.Folder(withShippedLetters: false);
        File.Copy(path, Path.Combine(folder.Path, Path.GetFileName(path)));
        return Of(Load(folder.Path));
    }

    public static List<string> OfFile(string fileName, byte[] content)
    {
        using var folder = new TestLetters.Folder(withShippedLetters: false);
        folder.Write(fileName, content);
        return Of(Load(folder.Path));
    }

    public static KnowledgeSnapshot Load(string folder) => new CorpusLoader(NullLogger<CorpusLoader>.Instance).Load(folder);

    public static List<string> Of(KnowledgeSnapshot snapshot)
    {
        Assert.Empty(snapshot.Skipped);
        var letter = Assert.Single(snapshot.Letters);
        var lines = new List<string>
        {
            $"letter {letter.Date:yyyy-MM-dd} | {letter.Reference} | {letter.Subject} | edition {letter.EditionYear}",
            $"signed {string.Join(" / ", letter.Signatories)}",
        };
        lines.AddRange(snapshot.Contacts.Select(c => $"contact {c.Name} | {c.Phone} | {c.Email}"));
        lines.AddRange(snapshot.Deadlines.Select(d => $"deadline {d.Programme} {d.Date:yyyy-MM-dd} | {Sentence(d.Sentence)}"));
        lines.AddRange(snapshot.Events.Select(e => $"event {e.Kind} {e.Start:yyyy-MM-dd}..{e.End:yyyy-MM-dd} | {e.Name} | {e.Place} | {Sentence(e.Sentence)}"));
        foreach (var tier in snapshot.Tiers)
        {
            lines.Add($"tier {tier.Key} | {tier.FrenchName} | {tier.EnglishName} | {tier.Availability} | {tier.Category} | {tier.PriceChf} | {tier.PriceText}");
            lines.AddRange(tier.Benefits.Select(b => $"  {tier.Key} | {b.Section} | {b.Label} | {(b.Included ? "✓" : "-")} | {b.Detail} | {b.Quantity} {b.Unit}"));
        }

        return lines;
    }

    /// <summary>The same facts, in the same order; a failure lists the lines one side has and the other lacks.</summary>
    public static void AssertSame(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        if (!expected.SequenceEqual(actual))
        {
            var missing = expected.Except(actual).Select(l => "  missing: " + l);
            var extra = actual.Except(expected).Select(l => "  extra:   " + l);
            Assert.Fail($"The facts differ ({expected.Count} expected, {actual.Count} read):\n{string.Join('\n', missing.Concat(extra).DefaultIfEmpty("  (same lines, another order)"))}");
        }
    }

    // A sentence as a reader reads it: a list's bullet and the line breaks do not count.
    private static string Sentence(string sentence) => Spaces().Replace(Bullet().Replace(sentence, string.Empty), " ").Trim();

    [GeneratedRegex(@"^\s*[-•]\s+")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
