using WsisBot.Knowledge.Facts;

namespace WsisBot.Knowledge.Tests;

/// <summary>Facts extracted from the shipped letters, against what the letters say.</summary>
public sealed class ExtractionTests
{
    private static readonly KnowledgeSnapshot Corpus = Knowledge.ShippedSnapshot;

    [Theory]
    [InlineData("2023-11-06_smsi-2024_appel-a-contributions.txt", "2023-11-06", "SMSI 2024", 2024)]
    [InlineData("2025-01-21_smsi-20-2025_invitation.txt", "2025-01-21", "Manifestation de haut niveau SMSI+20 de 2025", 2025)]
    [InlineData("2025-12-23_smsi-2026_appel-a-contributions.txt", "2025-12-23", "SMSI 2026", 2026)]
    [InlineData("2025-12-23_fonds-affectation-speciale-smsi-2026_partenariats.txt", "2025-12-23", "Fonds d'affectation spéciale pour le SMSI 2026", 2026)]
    [InlineData("2026-03-17_cl-26-17_invitation-forum-smsi-2026.txt", "2026-03-17", "CL-26/17", 2026)]
    public void Letters_carry_date_reference_and_edition(string file, string date, string reference, int edition)
    {
        var letter = Assert.Single(Corpus.Letters, l => l.FileName == file);
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), letter.Date);
        Assert.Equal(reference, letter.Reference);
        Assert.Equal(edition, letter.EditionYear);
        Assert.NotEmpty(letter.Subject);
    }

    [Theory]
    [InlineData(Programme.Prizes, 2024, "2024-01-31")]
    [InlineData(Programme.Stocktaking, 2024, "2024-01-31")]
    [InlineData(Programme.OpenConsultation, 2025, "2025-03-14")]
    [InlineData(Programme.OpenConsultation, 2026, "2026-03-20")]
    [InlineData(Programme.Prizes, 2026, "2026-03-15")]
    [InlineData(Programme.SpeakingSlot, 2026, "2026-05-01")]
    public void Every_deadline_is_found_with_its_sentence(Programme programme, int edition, string date)
    {
        var deadline = Corpus.DeadlineOf(programme, edition);
        Assert.NotNull(deadline);
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), deadline.Date);
        Assert.Contains(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture).Year.ToString(System.Globalization.CultureInfo.InvariantCulture), deadline.Sentence);
    }

    [Fact]
    public void No_deadline_is_invented()
    {
        Assert.Equal(6, Corpus.Deadlines.Count);
        Assert.Null(Corpus.DeadlineOf(Programme.Stocktaking, 2026));
        Assert.Null(Corpus.DeadlineOf(Programme.TrustFund));
    }

    [Theory]
    [InlineData(EventKind.Forum, 2024, "2024-05-27", "2024-05-31", "Genève (Suisse)")]
    [InlineData(EventKind.Forum, 2025, "2025-07-07", "2025-07-11", "Genève (Suisse)")]
    [InlineData(EventKind.Forum, 2026, "2026-07-06", "2026-07-10", "Palexpo, Genève (Suisse)")]
    [InlineData(EventKind.AiSummit, 2026, "2026-07-07", "2026-07-10", "Palexpo, Genève (Suisse)")]
    [InlineData(EventKind.OpeningCeremony, 2026, "2026-07-08", "2026-07-08", null)]
    [InlineData(EventKind.AiGovernanceDialogue, 2026, "2026-07-06", "2026-07-07", "Palexpo")]
    [InlineData(EventKind.HighLevelTrack, 2026, "2026-07-08", "2026-07-09", null)]
    [InlineData(EventKind.MinisterialRoundTable, 2026, "2026-07-09", "2026-07-09", null)]
    public void Every_event_is_found_with_dates_and_place(EventKind kind, int edition, string start, string end, string? place)
    {
        var found = kind == EventKind.Forum ? Corpus.ForumOf(edition) : Corpus.EventsOf(edition).Single(e => e.Kind == kind);
        Assert.NotNull(found);
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), found.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), found.End);
        Assert.Equal(place, found.Place);
    }

    [Fact]
    public void A_range_without_its_year_takes_the_edition_year()
    {
        // "qui se tiendra du 6 au 10 juillet" (CL-26/17) and "les 6 et 7 juillet": the year is elsewhere in the letter.
        var forum = Corpus.EventsOf(2026).Single(e => e.Kind == EventKind.Forum && e.Letter.Reference == "CL-26/17");
        Assert.Equal(new DateOnly(2026, 7, 6), forum.Start);
        Assert.Contains("du 6 au 10 juillet,", forum.Sentence);
    }

    [Theory]
    [InlineData("diamant", "Diamant", "Diamond", "exclusif", 250000)]
    [InlineData("platine", "Platine", "Platinum", "deux", 150000)]
    [InlineData("or", "Or", "Gold", "multiples", 100000)]
    [InlineData("argent", "Argent", "Silver", "multiples", 50000)]
    [InlineData("innovation", "Innovation", "Innovation", "multiples", 30000)]
    public void Every_tier_has_its_price(string key, string french, string english, string availability, int price)
    {
        var tier = Assert.Single(Corpus.TiersOf(), t => t.Key == key);
        Assert.Equal(french, tier.FrenchName);
        Assert.Equal(english, tier.EnglishName);
        Assert.Equal(availability, tier.Availability);
        Assert.Equal(price, tier.PriceChf);
        Assert.Equal(2026, tier.EditionYear);
    }

    [Fact]
    public void Support_tier_has_no_price_but_the_contact()
    {
        var support = Assert.Single(Corpus.TiersOf(), t => t.Key == "appui");
        Assert.Equal("Support", support.EnglishName);
        Assert.Null(support.PriceChf);
        Assert.Equal("Contact: wsis-info@itu.int", support.PriceText);
    }

    [Fact]
    public void Benefit_cells_keep_ticks_and_details_per_column()
    {
        var tiers = Corpus.TiersOf();
        Assert.All(tiers, t => Assert.Equal(28, t.Benefits.Count));
        var diamond = tiers.Single(t => t.Key == "diamant");
        var support = tiers.Single(t => t.Key == "appui");
        Assert.Equal("7 min (Scène principale)", diamond.Benefits.Single(b => b.Label.StartsWith("Mise en avant durant", StringComparison.Ordinal)).Detail);
        Assert.Equal("15 places", diamond.Benefits.Single(b => b.Label.StartsWith("Places assises", StringComparison.Ordinal)).Detail);
        Assert.False(support.Benefits.Single(b => b.Label.StartsWith("Mise en avant durant", StringComparison.Ordinal)).Included);
        Assert.Equal("dans les locaux de l'UIT", tiers.Single(t => t.Key == "innovation").Benefits.Single(b => b.Label.StartsWith("Mise à disposition d'une salle", StringComparison.Ordinal)).Detail);
        Assert.Equal("EXPOSITION", diamond.Benefits.Single(b => b.Label == "Espace virtuel d'exposition").Section);
        Assert.Equal("PARTENAIRE STRATÉGIQUE", diamond.Category);
        Assert.Equal("PARTENAIRE", support.Category);
    }

    [Fact]
    public void Contacts_give_name_phone_and_email()
    {
        Assert.Equal(5, Corpus.Contacts.Count);
        Assert.All(Corpus.Contacts, c =>
        {
            Assert.EndsWith("Gitanjali Sah", c.Name);
            Assert.Equal("wsis-info@itu.int", c.Email);
        });
        Assert.Null(Corpus.Contacts.Single(c => c.Letter.Reference == "CL-26/17").Phone);
        Assert.Equal("+41 22 730 6240", Corpus.Contacts.Single(c => c.Letter.Reference == "SMSI 2026").Phone);
    }

    [Fact]
    public void Stated_days_and_amounts_cover_the_letters()
    {
        Assert.Contains(new DateOnly(2026, 3, 15), Corpus.StatedDays);
        Assert.Contains(new DateOnly(2026, 7, 8), Corpus.StatedDays);
        Assert.Equal([250000m, 150000m, 100000m, 50000m, 30000m], Corpus.StatedAmounts.OrderDescending());
    }
}
