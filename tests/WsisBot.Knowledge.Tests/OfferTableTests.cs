using WsisBot.Knowledge.Facts;
using WsisBot.Knowledge.Vocabulary;

namespace WsisBot.Knowledge.Tests;

/// <summary>The offer table as typed facts, in both languages: one row for one tier, across tiers, ranked, within a budget.</summary>
public sealed class OfferTableTests
{
    private readonly Knowledge _knowledge = new("2026-03-18T10:00:00Z");

    private static IReadOnlyList<PartnershipTier> Tiers => Knowledge.ShippedSnapshot.TiersOf();

    [Fact]
    public void Every_row_of_the_shipped_table_has_an_english_label_and_english_cells()
    {
        var rows = Tiers[0].Benefits;
        Assert.True(rows.Count >= 25);
        Assert.All(rows, row => Assert.False(OfferGlossary.RowInEnglish(row.Label) is null, $"no English label for « {row.Label} »: add it to offer-table.json"));
        Assert.All(Tiers.SelectMany(t => t.Benefits).Where(b => b.Detail is not null), cell =>
            Assert.False(OfferGlossary.CellInEnglish(cell.Detail!) is null, $"no English for the cell « {cell.Detail} »: add its words to offer-table.json"));
    }

    [Theory]
    [InlineData("or", "Places assises réservées", 7, BenefitUnit.Seats)]
    [InlineData("diamant", "Mise en avant durant le Forum", 7, BenefitUnit.Minutes)]
    [InlineData("argent", "Vidéos promotionnelles", 15, BenefitUnit.Seconds)]
    [InlineData("diamant", "Invitation à des réceptions", 10, BenefitUnit.Guests)]
    public void Cells_that_count_something_are_typed(string tier, string row, int quantity, BenefitUnit unit)
    {
        var cell = Tiers.Single(t => t.Key == tier).Benefits.Single(b => b.Label.StartsWith(row, StringComparison.Ordinal));
        Assert.Equal(quantity, cell.Quantity);
        Assert.Equal(unit, cell.Unit);
    }

    [Theory]
    [InlineData("How big is the Gold stand?", "The **Gold** partnership (WSIS 2026) — Exhibition space in the partners' area: **large stand, prime location, large digital display screen**.")]
    [InlineData("Combien de places réservées pour un partenaire Argent ?", "Partenariat **Argent** (SMSI 2026) — Places assises réservées pendant la séance inaugurale et la séance de clôture : **4 places**.")]
    [InlineData("Which tiers get their logo on the public branding?", "\"Logo on the public branding\" comes with: Diamond, Platinum and Gold only.")]
    [InlineData("Quels niveaux de partenariat n'ont pas l'entretien vidéo exclusif ?", "« Entretien vidéo exclusif d'un représentant de haut niveau » — non inclus pour : Appui.")]
    [InlineData("What is the most expensive tier after Diamond?", "Apart from Diamond, the most expensive partnership tier (WSIS 2026) is **Platinum** (two partners): **CHF 150,000**.")]
    [InlineData("Quel est le partenariat le moins cher ?", "Le niveau de partenariat le moins cher (SMSI 2026) est **Innovation** (plusieurs partenaires) : **30 000 CHF**.")]
    public void One_row_or_one_ranking_is_answered_in_the_askers_language(string question, string start) =>
        Assert.StartsWith(start, _knowledge.Ask(question).Text);

    [Fact]
    public void A_budget_lists_the_tiers_within_it_without_repeating_the_askers_amount()
    {
        var answer = _knowledge.Ask("We're a mid-size company with about CHF 60,000 to spend. Which tiers fit that budget?");

        Assert.Contains("- **Silver**: CHF 50,000", answer.Text);
        Assert.Contains("- **Innovation**: CHF 30,000", answer.Text);
        Assert.DoesNotContain("CHF 100,000", answer.Text);
        Assert.DoesNotContain("60,000", answer.Text);
    }

    [Fact]
    public void English_tier_answers_are_english_throughout()
    {
        var answer = _knowledge.Ask("What do I get as a Diamond partner?");

        Assert.StartsWith("The **Diamond** (one partner only) partnership (WSIS 2026 Forum) costs **CHF 250,000**.", answer.Text);
        Assert.Contains("Reserved seats at the opening and closing sessions: 15 seats", answer.Text);
        Assert.Contains("Invitation to high-level receptions and access to the VIP lounge: high-level representative +10", answer.Text);
        Assert.DoesNotContain("French offer table", answer.Text);
        Assert.DoesNotContain("places", answer.Text);
    }

    [Fact]
    public void A_row_a_new_letter_adds_without_a_translation_is_shown_in_french_and_marked()
    {
        using var folder = new TestLetters.Folder(withShippedLetters: false);
        folder.Write(TestLetters.Call2027FileName, TestLetters.Call2027);
        var knowledge = new Knowledge("2027-03-01T10:00:00Z", folder.Path);

        var answer = knowledge.Ask("Which tiers get a salle de réunion?", Language.English);
        var known = knowledge.Ask("What does the Bronze partnership cost?");

        Assert.Contains("\"Salle de réunion *(in French)*\" comes with: Diamond and Gold only.", answer.Text);
        Assert.Contains("Logo on WSIS digital materials", known.Text);
        Assert.Contains("CHF 15,000", known.Text);
    }
}
