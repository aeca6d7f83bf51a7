using WsisBot.Knowledge.Ingestion;

namespace WsisBot.Knowledge.Tests;

/// <summary>OCR slips are repaired for matching and names; quotes keep the letter's own text.</summary>
public sealed class OcrTextTests
{
    [Theory]
    [InlineData("Membres de I'UIT", "Membres de l'UIT")]
    [InlineData("avec |'aide d'un secrétariat", "avec l'aide d'un secrétariat")]
    [InlineData("les défis du numeérique", "les défis du numérique")]
    [InlineData("gouvernance de l'intelligence artificielle (I1A)", "gouvernance de l'intelligence artificielle (IA)")]
    [InlineData("le Sommet mondial sur I'lA au service", "le Sommet mondial sur l'IA au service")]
    [InlineData("la mise en ceuvre", "la mise en œuvre")]
    [InlineData("a Palexpo a Geneve (Suisse)", "a Palexpo a Genève (Suisse)")]
    [InlineData("Contact: wsis- info@itu.int", "Contact: wsis-info@itu.int")]
    [InlineData("coordonné par I'UIT et 'UNESCO", "coordonné par l'UIT et l'UNESCO")]
    public void Repair_fixes_the_usual_slips(string ocr, string repaired) => Assert.Equal(repaired, OcrText.Repair(ocr));

    [Fact]
    public void Flatten_joins_lines_and_drops_markdown_but_keeps_the_words()
    {
        var flattened = OcrText.Flatten("au [Fonds d'affectation](#) de\nI'UIT **2026**");
        Assert.Equal("au Fonds d'affectation de I'UIT 2026", flattened);
    }

    [Fact]
    public void Folding_matches_noisy_and_clean_spellings()
    {
        Assert.Equal(TextFolding.Fold("Geneve a Palexpo"), TextFolding.Fold("Genève à Palexpo"));
        Assert.Equal(["smsi+20", "date", "limite"], TextFolding.Words("SMSI+20 : date-limite"));
    }

    [Fact]
    public void Noisy_letter_yields_clean_event_names_and_quotes_keep_the_original()
    {
        var dialogue = Knowledge.ShippedSnapshot.EventsOf(2026).Single(e => e.Kind == Facts.EventKind.AiGovernanceDialogue);
        Assert.Equal("Dialogue mondial sur la gouvernance de l'intelligence artificielle", dialogue.Name);
        Assert.Contains("|'aide", dialogue.Sentence);
    }
}
