using WsisBot.Knowledge.Facts;

namespace WsisBot.Knowledge.Tests.Letters;

/// <summary>Letters printed to PDF by Chromium from HTML, as the secretariat's tools print them: the same facts as their text.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class PdfLetterTests(ChromiumPrinter chromium)
{
    private const string Partnerships = "2025-12-23_fonds-affectation-speciale-smsi-2026_partenariats";

    public static string Artifacts { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts", "letters")).FullName;

    private static string Shipped(string name) => File.ReadAllText(Path.Combine(Knowledge.ShippedCorpus, name + ".txt"));

    private async Task<List<string>> PrintedFactsAsync(string name, string text, PrintStyle style)
    {
        var html = LetterHtml.From(text, style);
        await File.WriteAllTextAsync(Path.Combine(Artifacts, name + ".html"), html);
        var pdf = await chromium.PrintAsync(html);
        await File.WriteAllBytesAsync(Path.Combine(Artifacts, name + ".pdf"), pdf);
        return FactLines.OfFile(name + ".pdf", pdf);
    }

    [Fact]
    public async Task The_offer_table_printed_as_a_ruled_table_gives_every_tier_price_and_row()
    {
        var text = Shipped(Partnerships);

        var facts = await PrintedFactsAsync(Partnerships + "_ruled", text, new PrintStyle(Ruled: true));

        FactLines.AssertSame(FactLines.OfFile(Partnerships + ".txt", System.Text.Encoding.UTF8.GetBytes(text)), facts);
    }
}
