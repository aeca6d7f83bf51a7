using WsisBot.Knowledge.Facts;
using WsisBot.Knowledge.Ingestion;
using WsisBot.Knowledge.Vocabulary;

namespace WsisBot.Knowledge.Composition;

/// <summary>Partnership tiers from the offer table: price in CHF first, then the benefits that set a tier apart; comparisons side by side.</summary>
internal static class TierAnswers
{
    public static Answer Compose(AnswerContext c)
    {
        var tiers = c.Snapshot.TiersOf(c.DefaultEdition ? null : c.Edition);
        if (tiers.Count == 0)
        {
            return Abstention.Because(c, $"Aucune offre de partenariat n'est publiée pour l'édition {c.Edition}.", $"No partnership offer is published for the {c.Edition} edition.");
        }

        var first = c.Question.TierKey is { } key ? tiers.FirstOrDefault(t => t.Key == key) : null;
        if (c.Question.TierKey is not null && first is null)
        {
            return UnknownTier(c, tiers);
        }

        if (c.Question.Intent == Intent.TierComparison && first is not null)
        {
            var second = c.Question.OtherTierKey is { } other ? tiers.FirstOrDefault(t => t.Key == other) : Neighbour(tiers, first);
            return second is null ? UnknownTier(c, tiers) : Compare(c, first, second);
        }

        if (first is not null)
        {
            return One(c, first, tiers);
        }

        return BenefitRow(c, tiers) is { } row ? WhoGets(c, tiers, row) : List(c, tiers);
    }

    private static Answer One(AnswerContext c, PartnershipTier tier, IReadOnlyList<PartnershipTier> all)
    {
        var text = new List<string> { Price(c, tier) };
        var distinct = tier.Benefits.Where((b, i) => b.Included && all.Any(o => !Same(o.Benefits[i], b))).ToList();
        var missing = tier.Benefits.Where((b, i) => !b.Included && all.Any(o => o.Benefits[i].Included)).ToList();
        var common = tier.Benefits.Count(b => b.Included) - distinct.Count;
        if (distinct.Count > 0)
        {
            text.Add(c.Pick("Ce qui distingue ce niveau :", "What sets this tier apart (benefits as worded in the French offer table):"));
            text.Add(string.Join('\n', distinct.Select(b => "- " + Benefit(b))));
        }

        if (missing.Count > 0)
        {
            text.Add(c.Pick("Non inclus à ce niveau :", "Not included at this tier:"));
            text.Add(string.Join('\n', missing.Select(b => "- " + b.Label)));
        }

        if (common > 0)
        {
            text.Add(c.Pick($"S'y ajoutent {common} avantages communs à tous les niveaux.", $"Plus {common} benefits common to every tier."));
        }

        return c.Fact(string.Join("\n\n", text), [tier.Letter]);
    }

    private static Answer Compare(AnswerContext c, PartnershipTier a, PartnershipTier b)
    {
        var differences = a.Benefits
            .Select((benefit, i) => (Label: benefit.Label, A: benefit, B: b.Benefits[i]))
            .Where(x => !Same(x.A, x.B))
            .Select(x => $"- {x.Label} — **{a.Name(c.Language)}** : {Cell(c, x.A)} · **{b.Name(c.Language)}** : {Cell(c, x.B)}")
            .ToList();
        var text = new List<string>
        {
            $"{c.Bullet(a.Name(c.Language), PriceValue(c, a))}\n{c.Bullet(b.Name(c.Language), PriceValue(c, b))}",
            differences.Count == 0
                ? c.Pick("Les deux niveaux offrent les mêmes avantages.", "Both tiers offer the same benefits.")
                : c.Pick("Ce qui diffère :", "What differs (benefits as worded in the French offer table):") + "\n" + string.Join('\n', differences),
        };
        return c.Fact(
            c.Pick($"Partenariats **{a.FrenchName}** et **{b.FrenchName}** — Forum {AnswerText.Edition(a.EditionYear, c.Language)} :", $"**{a.EnglishName}** and **{b.EnglishName}** partnerships — {AnswerText.Edition(a.EditionYear, c.Language)} Forum:")
                + "\n\n" + string.Join("\n\n", text),
            [a.Letter, b.Letter]);
    }

    private static Answer List(AnswerContext c, IReadOnlyList<PartnershipTier> tiers)
    {
        var edition = AnswerText.Edition(tiers[0].EditionYear, c.Language);
        var lines = tiers.Select(t => c.Bullet(Title(c, t), PriceValue(c, t)));
        return c.Fact(
            c.Pick($"Offres de partenariat du Forum {edition} ({tiers.Count} niveaux) :", $"Partnership offers for the {edition} Forum ({tiers.Count} tiers):") + "\n\n" + string.Join('\n', lines)
                + "\n\n" + c.Pick("Demandez-moi le détail d'un niveau ou une comparaison (par ex. « Or ou Argent ? »).", "Ask me about one tier or to compare two (e.g. \"Gold vs Silver?\")."),
            tiers.Select(t => t.Letter));
    }

    private static Answer WhoGets(AnswerContext c, IReadOnlyList<PartnershipTier> tiers, int row)
    {
        var label = tiers[0].Benefits[row].Label;
        var lines = tiers.Select(t => c.Bullet(t.Name(c.Language), Cell(c, t.Benefits[row])));
        return c.Fact(
            c.Pick($"« {label} » selon le niveau de partenariat :", $"\"{label}\" by partnership tier (as worded in the French offer table):") + "\n\n" + string.Join('\n', lines),
            tiers.Select(t => t.Letter));
    }

    private static Answer UnknownTier(AnswerContext c, IReadOnlyList<PartnershipTier> tiers)
    {
        var names = string.Join(", ", tiers.Select(t => t.Name(c.Language)));
        return Abstention.Because(c, $"L'offre de partenariat ne compte que ces niveaux : {names}.", $"The partnership offer only has these tiers: {names}.");
    }

    // Words that ask about tiers in general, not about one benefit ("niveaux" would match "haut niveau").
    private static readonly HashSet<string> NotBenefitWords = IntentCues.TierList.Concat(IntentCues.Benefits).Concat(IntentCues.Price)
        .Concat(IntentCues.Comparison).Concat(Glossary.TierContextWords).Concat(Glossary.TierWords.Keys)
        .SelectMany(p => p.Split(' '))
        .ToHashSet();

    // The row of the table the question names ("salle de réunion", "VIP lounge"), when it names one.
    private static int? BenefitRow(AnswerContext c, IReadOnlyList<PartnershipTier> tiers)
    {
        var asked = TextFolding.Words(c.Question.Text)
            .Where(w => w.Length > 3 && !StopWords.IsStopWord(w) && !NotBenefitWords.Contains(w))
            .SelectMany(w => TextFolding.Words(Glossary.QueryExpansion.GetValueOrDefault(w, w)))
            .Where(w => w.Length > 3 && !Glossary.ProgrammeTerms[Programme.Partnership].Contains(w))
            .ToHashSet();
        var best = tiers[0].Benefits
            .Select((b, i) => (Index: i, Hits: TextFolding.Words(b.Label).Where(w => w.Length > 3).Count(w => asked.Any(a => w.StartsWith(a, StringComparison.Ordinal) || a.StartsWith(w, StringComparison.Ordinal)))))
            .OrderByDescending(x => x.Hits)
            .First();
        return best.Hits >= 2 || (best.Hits == 1 && asked.Count == 1) ? best.Index : null;
    }

    private static PartnershipTier? Neighbour(IReadOnlyList<PartnershipTier> tiers, PartnershipTier tier)
    {
        var index = tiers.ToList().IndexOf(tier);
        return index + 1 < tiers.Count ? tiers[index + 1] : index > 0 ? tiers[index - 1] : null;
    }

    private static string Price(AnswerContext c, PartnershipTier tier)
    {
        var edition = AnswerText.Edition(tier.EditionYear, c.Language);
        var title = Title(c, tier);
        return tier.PriceChf is { } price
            ? c.Pick($"Le partenariat **{title}** (Forum {edition}) coûte **{AnswerText.Chf(price, c.Language)}**.", $"The **{title}** partnership ({edition} Forum) costs **{AnswerText.Chf(price, c.Language)}**.")
            : c.Pick($"Le partenariat **{title}** (Forum {edition}) n'a pas de prix fixé : {tier.PriceText}.", $"The **{title}** partnership ({edition} Forum) has no set price: {tier.PriceText}.");
    }

    private static string PriceValue(AnswerContext c, PartnershipTier tier) =>
        tier.PriceChf is { } price ? AnswerText.Chf(price, c.Language) : c.Pick($"sur demande ({tier.PriceText})", $"on request ({tier.PriceText})");

    private static string Title(AnswerContext c, PartnershipTier tier)
    {
        var availability = tier.Availability is null ? null : c.Pick(tier.Availability, Glossary.AvailabilityEnglish.GetValueOrDefault(tier.Availability, tier.Availability));
        return availability is null ? tier.Name(c.Language) : $"{tier.Name(c.Language)} ({availability})";
    }

    private static string Benefit(TierBenefit benefit) => benefit.Detail is null ? benefit.Label : $"{benefit.Label} : {benefit.Detail}";

    private static string Cell(AnswerContext c, TierBenefit benefit) =>
        !benefit.Included ? c.Pick("non", "no") : benefit.Detail is null ? "✓" : $"✓ {benefit.Detail}";

    private static bool Same(TierBenefit a, TierBenefit b) => a.Included == b.Included && a.Detail == b.Detail;
}
