using WsisBot.Knowledge.Facts;
using WsisBot.Knowledge.Ingestion;

namespace WsisBot.Knowledge.Composition;

/// <summary>
/// Partnership tiers from the offer table, in the asker's language: one tier (price first, then what sets it apart), one
/// row for one tier or across tiers (with yes or no first when asked), two tiers side by side, a tier picked by price
/// ("the cheapest", "the most expensive after Diamond"), the tiers within a budget, or the list.
/// </summary>
internal static class TierAnswers
{
    public static Answer Compose(AnswerContext c)
    {
        var tiers = c.Snapshot.TiersOf(c.DefaultEdition ? null : c.Edition);
        if (tiers.Count == 0)
        {
            return Abstention.Because(c, $"Aucune offre de partenariat n'est publiée pour l'édition {c.Edition}.", $"No partnership offer is published for the {c.Edition} edition.");
        }

        var u = c.Question;
        var keys = new[] { u.TierKey, u.OtherTierKey }.OfType<string>().ToList();
        if (keys.Any(k => tiers.All(t => t.Key != k)))
        {
            return UnknownTier(c, tiers);
        }

        var named = keys.Select(k => tiers.First(t => t.Key == k)).ToList();
        var row = u.RowKey is { } key && tiers[0].Row(key) is not null ? key : null;
        if (u.Budget is { } budget)
        {
            return WithinBudget(c, tiers, budget);
        }

        // "the Support partnership (the lowest one)": a tier named outright is the subject; a ranking picks only among others.
        if (u.Ranking is { } ranking && (named.Count == 0 || u.RankingScope != RankingScope.All))
        {
            return Ranked(c, tiers, named, ranking, row);
        }

        if (row is not null)
        {
            return named.Count switch
            {
                0 => WhoGets(c, tiers, row),
                1 => OneRow(c, named[0], tiers, row),
                _ => CompareRow(c, named[0], named[1], tiers, row),
            };
        }

        if (named.Count >= 2 || (named.Count == 1 && u.Intent == Intent.TierComparison))
        {
            var second = named.Count >= 2 ? named[1] : Neighbour(tiers, named[0]);
            return second is null ? One(c, named[0], tiers) : Compare(c, named[0], second);
        }

        return named.Count == 1 ? One(c, named[0], tiers) : List(c, tiers);
    }

    private static Answer One(AnswerContext c, PartnershipTier tier, IReadOnlyList<PartnershipTier> all)
    {
        var text = new List<string> { Availability(c, tier) + PriceSentence(c, tier) };
        var distinct = tier.Benefits.Where((b, i) => b.Included && all.Any(o => !Same(o.Benefits[i], b))).ToList();
        var missing = tier.Benefits.Where((b, i) => !b.Included && all.Any(o => o.Benefits[i].Included)).ToList();
        var common = tier.Benefits.Where((b, i) => b.Included && all.All(o => Same(o.Benefits[i], b))).ToList();
        if (distinct.Count > 0)
        {
            text.Add(c.Pick("Ce qui distingue ce niveau :", "What sets this tier apart:") + "\n" + string.Join('\n', distinct.Select(b => "- " + OfferText.Line(c, b))));
        }

        if (missing.Count > 0)
        {
            text.Add(c.Pick("Non inclus à ce niveau :", "Not included at this tier:") + "\n" + string.Join('\n', missing.Select(b => "- " + OfferText.Label(c, b))));
        }

        if (common.Count > 0)
        {
            text.Add(c.Pick("Commun à tous les niveaux : ", "Common to every tier: ") + string.Join("; ", common.Select(b => OfferText.Line(c, b))) + ".");
        }

        return c.Fact(string.Join("\n\n", text), [tier.Letter]);
    }

    /// <summary>One row for one tier: "**Gold** — Reserved seats …: **7 seats**", with yes or no first when asked.</summary>
    private static Answer OneRow(AnswerContext c, PartnershipTier tier, IReadOnlyList<PartnershipTier> all, string row)
    {
        var benefit = tier.Row(row)!;
        var lead = c.Question.Asks == YesNo.Question ? AnswerText.YesNo(Gets(c, tier, all, row), c.Language) : string.Empty;
        var (name, edition, label, value) = (tier.Name(c.Language), AnswerText.Edition(tier.EditionYear, c.Language), OfferText.Label(c, benefit), OfferText.Value(c, benefit));
        var text = lead + c.Pick($"Partenariat **{name}** ({edition}) — {label} : **{value}**.", $"The **{name}** partnership ({edition}) — {label}: **{value}**.");

        var with = all.Where(t => t.Row(row)?.Included == true).ToList();
        if (!benefit.Included && with.Count > 0)
        {
            text += " " + c.Pick($"Ce service est inclus pour : {OfferText.Names(c, with)}.", $"It comes with: {OfferText.Names(c, with)}.");
        }

        // "How much is Platinum and does it include the dinner?": the price too.
        if (c.Says("cost") || c.Says("price"))
        {
            text = PriceSentence(c, tier) + "\n\n" + text;
        }

        return c.Fact(text, [tier.Letter]);
    }

    /// <summary>One row across the tiers: who gets it, and what each gets.</summary>
    private static Answer WhoGets(AnswerContext c, IReadOnlyList<PartnershipTier> tiers, string row)
    {
        var benefit = tiers[0].Row(row)!;
        var with = tiers.Where(t => t.Row(row)!.Included).ToList();
        var without = tiers.Except(with).ToList();
        var lead = c.Question.Asks == YesNo.Question ? AnswerText.YesNo(without.Count == 0, c.Language) : string.Empty;
        var summary = without.Count == 0
            ? c.Pick($"tous les niveaux ({OfferText.Names(c, with)})", $"every tier ({OfferText.Names(c, with)})")
            : with.Count == 0
                ? c.Pick("aucun niveau", "no tier")
                : c.Pick($"{OfferText.Names(c, with)} seulement", $"{OfferText.Names(c, with)} only");
        var text = lead + c.Pick($"« {OfferText.Label(c, benefit)} » — inclus pour : {summary}.", $"\"{OfferText.Label(c, benefit)}\" comes with: {summary}.");
        // "Which tiers do not get the video interview?": those are the answer.
        if (without.Count > 0 && c.Says("negation"))
        {
            text = lead + c.Pick($"« {OfferText.Label(c, benefit)} » — non inclus pour : {OfferText.Names(c, without)}.", $"\"{OfferText.Label(c, benefit)}\" is not included for: {OfferText.Names(c, without)}.");
        }
        if (with.Any(t => t.Row(row)!.Detail is not null))
        {
            text += "\n\n" + string.Join('\n', tiers.Select(t => c.Bullet(t.Name(c.Language), OfferText.Value(c, t.Row(row)!))));
        }

        return c.Fact(text, tiers.Select(t => t.Letter));
    }

    private static Answer CompareRow(AnswerContext c, PartnershipTier a, PartnershipTier b, IReadOnlyList<PartnershipTier> all, string row)
    {
        // "Does either of the two include the lunch?": yes when one of them does.
        var lead = c.Question.Asks == YesNo.Question ? AnswerText.YesNo(Gets(c, a, all, row) || Gets(c, b, all, row), c.Language) : string.Empty;
        var heading = $"{OfferText.Label(c, a.Row(row)!)} ({AnswerText.Edition(a.EditionYear, c.Language)})" + c.Pick(" :", ":");
        var lines = string.Join('\n', new[] { a, b }.Select(t => c.Bullet(t.Name(c.Language), OfferText.Value(c, t.Row(row)!))));
        return c.Fact($"{lead}{heading}\n\n{lines}", [a.Letter, b.Letter]);
    }

    private static Answer Compare(AnswerContext c, PartnershipTier a, PartnershipTier b)
    {
        var differences = a.Benefits
            .Select((benefit, i) => (A: benefit, B: b.Benefits[i]))
            .Where(x => !Same(x.A, x.B))
            .Select(x => $"- {OfferText.Label(c, x.A)} — **{a.Name(c.Language)}**{c.Pick(" :", ":")} {OfferText.Value(c, x.A)} · **{b.Name(c.Language)}**{c.Pick(" :", ":")} {OfferText.Value(c, x.B)}")
            .ToList();
        var text = new List<string>
        {
            $"{c.Bullet(a.Name(c.Language), OfferText.Price(c, a))}\n{c.Bullet(b.Name(c.Language), OfferText.Price(c, b))}",
            differences.Count == 0
                ? c.Pick("Les deux niveaux offrent les mêmes avantages.", "Both tiers offer the same benefits.")
                : c.Pick("Ce qui diffère :", "What differs:") + "\n" + string.Join('\n', differences),
        };
        return c.Fact(
            c.Pick($"Partenariats **{a.FrenchName}** et **{b.FrenchName}** — Forum {AnswerText.Edition(a.EditionYear, c.Language)} :", $"**{a.EnglishName}** and **{b.EnglishName}** partnerships — {AnswerText.Edition(a.EditionYear, c.Language)} Forum:")
                + "\n\n" + string.Join("\n\n", text),
            [a.Letter, b.Letter]);
    }

    /// <summary>"The cheapest tier is Innovation (CHF 30,000)"; "after Diamond" leaves the tiers named out, "below Gold" keeps the cheaper ones.</summary>
    private static Answer Ranked(AnswerContext c, IReadOnlyList<PartnershipTier> tiers, List<PartnershipTier> named, Ranking ranking, string? row)
    {
        var priced = tiers.Where(t => t.PriceChf is not null).ToList();
        var pool = c.Question.RankingScope switch
        {
            RankingScope.OthersThanNamed => priced.Except(named).ToList(),
            RankingScope.BelowNamed when named.Count > 0 => priced.Where(t => t.PriceChf < named.Min(n => n.PriceChf ?? decimal.MaxValue)).ToList(),
            _ => priced,
        };
        if (row is not null)
        {
            pool = pool.Where(t => t.Row(row)?.Included == true).ToList();
        }

        if (pool.Count == 0)
        {
            return List(c, tiers);
        }

        var pick = ranking == Ranking.Cheapest ? pool.MinBy(t => t.PriceChf)! : pool.MaxBy(t => t.PriceChf)!;
        var which = ranking == Ranking.Cheapest ? c.Pick("le moins cher", "cheapest") : c.Pick("le plus cher", "most expensive");
        var scope = c.Question.RankingScope == RankingScope.OthersThanNamed && named.Count > 0
            ? c.Pick($"À part {OfferText.Names(c, named)}, ", $"Apart from {OfferText.Names(c, named)}, ")
            : string.Empty;
        var with = row is null ? string.Empty : c.Pick($" parmi ceux qui incluent « {OfferText.Label(c, pick.Row(row)!)} »", $" of those with \"{OfferText.Label(c, pick.Row(row)!)}\"");
        var text = scope + c.Pick(
            $"le niveau de partenariat {which}{with} ({AnswerText.Edition(pick.EditionYear, c.Language)}) est {OfferText.Title(c, pick)} : **{OfferText.Price(c, pick)}**.",
            $"the {which} partnership tier{with} ({AnswerText.Edition(pick.EditionYear, c.Language)}) is {OfferText.Title(c, pick)}: **{OfferText.Price(c, pick)}**.");
        text = char.ToUpperInvariant(text[0]) + text[1..];
        if (row is not null)
        {
            text += " " + $"{OfferText.Label(c, pick.Row(row)!)}{c.Pick(" :", ":")} {OfferText.Value(c, pick.Row(row)!)}.";
        }

        var unpriced = tiers.Where(t => t.PriceChf is null).ToList();
        if (ranking == Ranking.Cheapest && unpriced.Count > 0)
        {
            text += " " + c.Pick($"({OfferText.Names(c, unpriced)} : pas de prix fixé — {unpriced[0].PriceText}.)", $"({OfferText.Names(c, unpriced)}: no set price — {unpriced[0].PriceText}.)");
        }

        return c.Fact(text, [pick.Letter]);
    }

    private static Answer WithinBudget(AnswerContext c, IReadOnlyList<PartnershipTier> tiers, decimal budget)
    {
        var fit = tiers.Where(t => t.PriceChf <= budget).ToList();
        var edition = AnswerText.Edition(tiers[0].EditionYear, c.Language);
        var text = fit.Count == 0
            ? c.Pick(
                $"Aucun niveau à prix fixé n'entre dans ce budget ({edition}). Le moins cher est {OfferText.Title(c, tiers.Where(t => t.PriceChf is not null).MinBy(t => t.PriceChf)!)}.",
                $"No tier with a set price fits that budget ({edition}). The cheapest is {OfferText.Title(c, tiers.Where(t => t.PriceChf is not null).MinBy(t => t.PriceChf)!)}.")
            : c.Pick($"Les niveaux qui entrent dans ce budget ({edition}) :", $"The tiers within that budget ({edition}):") + "\n\n"
                + string.Join('\n', fit.Select(t => c.Bullet(t.Name(c.Language), OfferText.Price(c, t))));
        var unpriced = tiers.Where(t => t.PriceChf is null).ToList();
        if (unpriced.Count > 0)
        {
            text += "\n\n" + c.Pick($"{OfferText.Names(c, unpriced)} n'a pas de prix fixé : {unpriced[0].PriceText}.", $"{OfferText.Names(c, unpriced)} has no set price: {unpriced[0].PriceText}.");
        }

        return c.Fact(text, tiers.Select(t => t.Letter));
    }

    private static Answer List(AnswerContext c, IReadOnlyList<PartnershipTier> tiers)
    {
        var edition = AnswerText.Edition(tiers[0].EditionYear, c.Language);
        var lines = tiers.Select(t => c.Bullet(t.Name(c.Language) + (t.Availability is { } a ? $" ({Vocabulary.OfferGlossary.Availability(a, c.Language)})" : string.Empty), OfferText.Price(c, t)));
        return c.Fact(
            c.Pick($"Offres de partenariat du Forum {edition} ({tiers.Count} niveaux) :", $"Partnership offers for the {edition} Forum ({tiers.Count} tiers):") + "\n\n" + string.Join('\n', lines)
                + "\n\n" + c.Pick("Demandez-moi le détail d'un niveau ou une comparaison (par ex. « Or ou Argent ? »).", "Ask me about one tier or to compare two (e.g. \"Gold vs Silver?\")."),
            tiers.Select(t => t.Letter));
    }

    private static Answer UnknownTier(AnswerContext c, IReadOnlyList<PartnershipTier> tiers)
    {
        var names = string.Join(", ", tiers.Select(t => t.Name(c.Language)));
        return Abstention.Because(c, $"L'offre de partenariat ne compte que ces niveaux : {names}.", $"The partnership offer only has these tiers: {names}.");
    }

    private static PartnershipTier? Neighbour(IReadOnlyList<PartnershipTier> tiers, PartnershipTier tier)
    {
        var index = tiers.ToList().IndexOf(tier);
        return index + 1 < tiers.Count ? tiers[index + 1] : index > 0 ? tiers[index - 1] : null;
    }

    private static string PriceSentence(AnswerContext c, PartnershipTier tier)
    {
        var edition = AnswerText.Edition(tier.EditionYear, c.Language);
        var title = OfferText.Title(c, tier);
        return tier.PriceChf is { } price
            ? c.Pick($"Le partenariat {title} (Forum {edition}) coûte **{AnswerText.Chf(price, c.Language)}**.", $"The {title} partnership ({edition} Forum) costs **{AnswerText.Chf(price, c.Language)}**.")
            : c.Pick($"Le partenariat {title} (Forum {edition}) n'a pas de prix fixé : {tier.PriceText}.", $"The {title} partnership ({edition} Forum) has no set price: {tier.PriceText}.");
    }

    /// <summary>
    /// Whether the tier gets what the question asks of the row: the tick, and every word of the question that another tier's
    /// cell has and this one's lacks ("a digital display screen on its stand?" — Support's stand has no screen).
    /// </summary>
    private static bool Gets(AnswerContext c, PartnershipTier tier, IReadOnlyList<PartnershipTier> all, string row)
    {
        var benefit = tier.Row(row);
        if (benefit is not { Included: true })
        {
            return false;
        }

        var asked = c.Words.Words.Where(w => w.Length > 3 && !Vocabulary.Lexicon.IsStopWord(w)).ToHashSet();
        var own = CellWords(benefit);
        return !all.Where(t => t != tier).SelectMany(t => t.Row(row) is { } other ? CellWords(other) : []).Any(w => asked.Contains(w) && !own.Contains(w));
    }

    private static HashSet<string> CellWords(TierBenefit benefit) =>
        benefit.Detail is not { } detail
            ? []
            : TextFolding.Words(detail).Concat(TextFolding.Words(Vocabulary.OfferGlossary.CellInEnglish(detail) ?? string.Empty)).ToHashSet();

    /// <summary>"Is Diamond exclusive?", « L'Or, c'est pour plusieurs partenaires ? »: yes or no from the table's parenthesis, first.</summary>
    private static string Availability(AnswerContext c, PartnershipTier tier)
    {
        if (c.Question.Asks != YesNo.Question || tier.Availability is not { } own)
        {
            return string.Empty;
        }

        var asked = c.Words.Words.ToHashSet();
        var named = Vocabulary.OfferGlossary.AvailabilityWords().Where(a => a.Words.Overlaps(asked)).Select(a => a.Meaning).ToList();
        return named.Count == 0 ? string.Empty : AnswerText.YesNo(named.Contains(Vocabulary.OfferGlossary.Availability(own, Language.English)), c.Language);
    }

    private static bool Same(TierBenefit a, TierBenefit b) => a.Included == b.Included && a.Detail == b.Detail;
}
