using System.Text;
using WsisBot.Knowledge.Facts;

namespace WsisBot.Knowledge.Tests.Letters;

/// <summary>
/// Letters printed to PDF by Chromium from HTML, as the secretariat's tools print them (a real table, running
/// headers and page numbers): each gives the facts its text gives, every tier's price and every row of the table.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class PdfLetterTests(ChromiumPrinter chromium)
{
    public const string Partnerships = "2025-12-23_fonds-affectation-speciale-smsi-2026_partenariats";

    public static string Artifacts { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts", "letters")).FullName;

    public static TheoryData<string> ShippedLetters() =>
        [.. Directory.EnumerateFiles(Knowledge.ShippedCorpus, "*.txt").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal)];

    public static string Shipped(string name) => File.ReadAllText(Path.Combine(Knowledge.ShippedCorpus, name + ".txt"));

    private static List<string> TextFacts(string name, string text) => FactLines.OfFile(name + ".txt", Encoding.UTF8.GetBytes(text));

    private async Task<(List<string> Facts, KnowledgeSnapshot Snapshot)> PrintAsync(string name, string text, PrintStyle style)
    {
        var html = LetterHtml.From(text, style);
        await File.WriteAllTextAsync(Path.Combine(Artifacts, name + ".html"), html);
        var pdf = await chromium.PrintAsync(html);
        await File.WriteAllBytesAsync(Path.Combine(Artifacts, name + ".pdf"), pdf);
        using var folder = new TestLetters.Folder(withShippedLetters: false);
        folder.Write(name + ".pdf", pdf);
        var snapshot = FactLines.Load(folder.Path);
        return (FactLines.Of(snapshot), snapshot);
    }

    [Theory]
    [MemberData(nameof(ShippedLetters))]
    public async Task Every_shipped_letter_printed_to_pdf_gives_the_facts_of_its_text(string name)
    {
        var text = Shipped(name);

        var (facts, _) = await PrintAsync(name, text, new PrintStyle());

        FactLines.AssertSame(TextFacts(name, text), facts);
    }

    [Fact]
    public async Task An_unruled_offer_table_with_its_cells_set_at_the_top_gives_every_price_and_row()
    {
        var text = Shipped(Partnerships);

        var (facts, snapshot) = await PrintAsync(Partnerships + "_unruled", text, new PrintStyle(Ruled: false, VerticalAlign: "top"));

        FactLines.AssertSame(TextFacts(Partnerships, text), facts);
        Assert.Equal(6, snapshot.Tiers.Count);
        Assert.Equal(text.Split('\n').Count(l => l.Contains('✓')), Assert.Single(snapshot.Reports).TableRows);
    }

    [Fact]
    public async Task An_offer_table_over_several_pages_is_read_as_one_table()
    {
        var text = Shipped(Partnerships);

        var (facts, snapshot) = await PrintAsync(Partnerships + "_large", text, new PrintStyle(TableFontSize: "12pt"));

        FactLines.AssertSame(TextFacts(Partnerships, text), facts);
        var pages = Assert.Single(Assert.Single(snapshot.Reports).TablePages);
        Assert.True(pages.Count >= 3, $"the table ran over pages {string.Join(", ", pages)}");
    }

    [Fact]
    public async Task Ligatures_narrow_spaces_and_soft_hyphens_read_as_plain_words()
    {
        var text = Shipped(Partnerships);

        var (facts, snapshot) = await PrintAsync(Partnerships + "_typeset", text, new PrintStyle(Typeset: true));

        FactLines.AssertSame(TextFacts(Partnerships, text), facts);
        var passages = snapshot.Letters[0].Passages;
        Assert.DoesNotContain(passages, p => p.Original.Any(c => c is '\uFB01' or '\uFB02' or '\uF001' or '\uF002' or '\u00AD' or '\u00A0' or '\u202F'));
        Assert.Contains(passages, p => p.Original.Contains("planification", StringComparison.Ordinal));
    }
}
