namespace WsisBot.Knowledge.Facts;

/// <summary>A column of the partnership offer table (Diamant, Platine, Or, …).</summary>
/// <param name="Key">Stable key: the French name folded to lower case without accents ("diamant", "or", "appui").</param>
/// <param name="FrenchName">Name as in the table, capitalised ("Diamant").</param>
/// <param name="EnglishName">English name from the glossary, or the French name when the glossary does not know it.</param>
/// <param name="Availability">The table's parenthesis under the name ("exclusif", "deux", "multiples").</param>
/// <param name="Category">Group heading above the column ("PARTENAIRE STRATÉGIQUE"), if any.</param>
/// <param name="PriceChf">Amount in CHF, or null when the table says "Contact".</param>
/// <param name="PriceText">The amount cell as written ("75 000 CHF", or "Contact: …" when the table gives no price).</param>
/// <param name="Benefits">Every benefit row of the table with this tier's cell.</param>
/// <param name="EditionYear">Forum edition of the offer.</param>
/// <param name="Letter">The letter carrying the table.</param>
public sealed record PartnershipTier(
    string Key,
    string FrenchName,
    string EnglishName,
    string? Availability,
    string? Category,
    decimal? PriceChf,
    string PriceText,
    IReadOnlyList<TierBenefit> Benefits,
    int EditionYear,
    Citation Letter)
{
    /// <summary>Name in the given language.</summary>
    public string Name(Language language) => language.Pick(FrenchName, EnglishName);

    /// <summary>The row of the table with this key, if the tier's table has it.</summary>
    public TierBenefit? Row(string key) => Benefits.FirstOrDefault(b => b.Key == key);
}

/// <summary>One row of the offer table for one tier: a tick or not, and what the cell says next to it, typed when it counts something.</summary>
/// <param name="Section">Section heading of the row ("EXPOSITION").</param>
/// <param name="Label">Row label ("Espace d'exposition dans la zone des partenaires").</param>
/// <param name="Included">True when the cell has a tick.</param>
/// <param name="Detail">Text next to the tick ("7 min (Scène principale)", "15 places"), or null.</param>
/// <param name="Quantity">The number the cell gives (7 minutes, 15 seats, 60 seconds, +10 guests), or null.</param>
/// <param name="Unit">What <paramref name="Quantity"/> counts.</param>
public sealed record TierBenefit(string Section, string Label, bool Included, string? Detail, int? Quantity = null, BenefitUnit Unit = BenefitUnit.None)
{
    /// <summary>The row's key, the same in every letter's table (<see cref="Vocabulary.OfferGlossary.RowKey"/>).</summary>
    public string Key => Vocabulary.OfferGlossary.RowKey(Label);
}

/// <summary>What a number in an offer table cell counts.</summary>
public enum BenefitUnit
{
    None,
    Minutes,
    Seats,
    Seconds,

    /// <summary>People besides the high-level representative ("+10").</summary>
    Guests,
}
