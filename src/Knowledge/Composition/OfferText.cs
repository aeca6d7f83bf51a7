using WsisBot.Knowledge.Facts;
using WsisBot.Knowledge.Vocabulary;

namespace WsisBot.Knowledge.Composition;

/// <summary>
/// How the offer table reads in each language: tier names with their availability, row labels and cells. English comes
/// from the offer glossary; what it does not know is shown in French and marked as such.
/// </summary>
internal static class OfferText
{
    /// <summary>"**Gold** (several partners)" / "**Or** (plusieurs partenaires)".</summary>
    public static string Title(AnswerContext c, PartnershipTier tier) =>
        tier.Availability is { } availability ? $"**{tier.Name(c.Language)}** ({OfferGlossary.Availability(availability, c.Language)})" : $"**{tier.Name(c.Language)}**";

    /// <summary>A row's label: the table's French, or the glossary's English ("Reserved seats at the opening and closing sessions").</summary>
    public static string Label(AnswerContext c, TierBenefit benefit) =>
        c.Language == Language.French ? benefit.Label : OfferGlossary.RowInEnglish(benefit.Label) ?? $"{benefit.Label} *(in French)*";

    /// <summary>What a cell says: its detail in the asker's language, "included" for a bare tick, "not included" for none.</summary>
    public static string Value(AnswerContext c, TierBenefit benefit)
    {
        if (!benefit.Included)
        {
            return c.Pick("non inclus", "not included");
        }

        if (benefit.Detail is not { } detail)
        {
            return c.Pick("inclus", "included");
        }

        return c.Language == Language.French ? detail : OfferGlossary.CellInEnglish(detail) ?? $"{detail} *(in French)*";
    }

    /// <summary>"Label: value" for a list of benefits.</summary>
    public static string Line(AnswerContext c, TierBenefit benefit) =>
        benefit.Detail is null ? Label(c, benefit) : c.Pick($"{Label(c, benefit)} : {Value(c, benefit)}", $"{Label(c, benefit)}: {Value(c, benefit)}");

    /// <summary>"Diamond, Platinum and Gold" / "Diamant, Platine et Or".</summary>
    public static string Names(AnswerContext c, IEnumerable<PartnershipTier> tiers)
    {
        var names = tiers.Select(t => t.Name(c.Language)).ToList();
        return names.Count switch
        {
            0 => c.Pick("aucun niveau", "no tier"),
            1 => names[0],
            _ => string.Join(", ", names[..^1]) + c.Pick(" et ", " and ") + names[^1],
        };
    }

    /// <summary>"CHF 100,000", or "on request (Contact: …)" for a tier without a set price.</summary>
    public static string Price(AnswerContext c, PartnershipTier tier) =>
        tier.PriceChf is { } price ? AnswerText.Chf(price, c.Language) : c.Pick($"sur demande ({tier.PriceText})", $"on request ({tier.PriceText})");
}
