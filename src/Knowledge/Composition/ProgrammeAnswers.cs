using WsisBot.Knowledge.Facts;
using WsisBot.Knowledge.Vocabulary;

namespace WsisBot.Knowledge.Composition;

/// <summary>What can be submitted for an edition and where each call stands today; the Trust Fund; registration.</summary>
internal static class ProgrammeAnswers
{
    public static Answer WhatCanISubmit(AnswerContext c)
    {
        var programmes = Offered(c);
        if (programmes.Count == 0)
        {
            return Abstention.Because(c, $"Aucune lettre n'appelle à des contributions pour l'édition {c.Edition}.", $"No letter calls for contributions to the {c.Edition} edition.");
        }

        var lines = programmes.Select(p => c.Bullet(Glossary.ProgrammeName(p, c.Language), State(c, p)));
        var letters = c.Snapshot.LettersOf(c.Edition).Select(l => l.Citation);
        return c.Fact(
            c.Pick($"Ce que les lettres de l'édition {c.Edition} invitent à soumettre :", $"What the {c.Edition} letters invite you to submit:")
                + "\n\n" + string.Join('\n', lines),
            letters);
    }

    /// <summary>A submission request: where that programme stands (the bot's dialog takes it from there).</summary>
    public static Answer Submit(AnswerContext c)
    {
        if (c.Question.Programme is not { } programme)
        {
            return WhatCanISubmit(c);
        }

        var status = c.Snapshot.StatusOf(programme, c.Today, c.Edition);
        var name = Glossary.ProgrammeName(programme, c.Language);
        var text = status.Deadline is { } deadline
            ? DeadlineAnswers.Statement(c, deadline) + (status.IsOpen
                ? " " + c.Pick("Les soumissions sont ouvertes.", "Submissions are open.")
                : " " + c.Pick("Les soumissions sont closes.", "Submissions are closed."))
            : c.Pick($"**{name}** : les lettres ne fixent pas de date limite.", $"**{name}**: the letters set no deadline.");
        var sources = status.Deadline is { } d ? [d.Letter] : c.Snapshot.LettersOf(c.Edition).Select(l => l.Citation).Take(1).ToList();
        return sources.Count == 0 ? Abstention.NoEdition(c) : c.Fact(text, sources);
    }

    public static Answer TrustFund(AnswerContext c)
    {
        var hit = PassageAnswers.Best(c, "fonds d affectation speciale");
        if (hit is null)
        {
            return Abstention.Because(c, $"Aucune lettre de l'édition {c.Edition} ne parle du Fonds d'affectation spéciale.", $"No letter of the {c.Edition} edition mentions the Trust Fund.");
        }

        var tiers = c.Snapshot.TiersOf(c.Edition);
        var priced = tiers.Where(t => t.PriceChf is not null).OrderBy(t => t.PriceChf).ToList();
        var edition = AnswerText.Edition(hit.Letter.EditionYear, c.Language);
        var lead = c.Pick(
            $"**Fonds d'affectation spéciale pour le SMSI** ({edition}) — la lettre {AnswerText.Reference(hit.Letter.Reference)} indique :",
            $"**WSIS Trust Fund** ({edition}) — letter {AnswerText.Reference(hit.Letter.Reference)} says:");
        if (priced.Count < 2)
        {
            return PassageAnswers.Quote(c, hit, lead) with { Confidence = c.Question.Confidence };
        }

        var (low, high) = (priced[0], priced[^1]);
        var range = c.Pick(
            $"Les offres de partenariat vont de {AnswerText.Chf(low.PriceChf!.Value, c.Language)} ({low.FrenchName}) à {AnswerText.Chf(high.PriceChf!.Value, c.Language)} ({high.FrenchName}).",
            $"Partnership offers range from {AnswerText.Chf(low.PriceChf!.Value, c.Language)} ({low.EnglishName}) to {AnswerText.Chf(high.PriceChf!.Value, c.Language)} ({high.EnglishName}).");
        return PassageAnswers.Quote(c, hit, lead, range, [low.Letter]) with { Confidence = c.Question.Confidence };
    }

    public static Answer Registration(AnswerContext c)
    {
        var hit = PassageAnswers.Best(c, "inscriptions");
        return hit is null
            ? Abstention.Because(c)
            : PassageAnswers.Quote(c, hit, c.Pick(
                $"Inscriptions ({AnswerText.Edition(hit.Letter.EditionYear, c.Language)}) — la lettre {AnswerText.Reference(hit.Letter.Reference)} indique :",
                $"Registration ({AnswerText.Edition(hit.Letter.EditionYear, c.Language)}) — letter {AnswerText.Reference(hit.Letter.Reference)} says:"));
    }

    private static string State(AnswerContext c, Programme programme)
    {
        if (programme == Programme.Partnership)
        {
            var tiers = c.Snapshot.TiersOf(c.Edition);
            return c.Pick($"{tiers.Count} niveaux de partenariat (demandez-moi les prix)", $"{tiers.Count} partnership tiers (ask me for prices)");
        }

        var status = c.Snapshot.StatusOf(programme, c.Today, c.Edition);
        return status.Deadline is { } deadline
            ? c.Pick("date limite ", "deadline ") + DeadlineAnswers.Status(c, deadline)
            : c.Pick("pas de date limite indiquée", "no deadline given");
    }

    // Programmes the edition's letters name; partnership only where an offer table exists.
    private static List<Programme> Offered(AnswerContext c)
    {
        var named = c.Snapshot.LettersOf(c.Edition)
            .SelectMany(l => l.Passages)
            .SelectMany(p => p.Programmes)
            .Where(p => p != Programme.Partnership)
            .ToHashSet();
        if (c.Snapshot.Tiers.Any(t => t.EditionYear == c.Edition))
        {
            named.Add(Programme.Partnership);
        }

        return Enum.GetValues<Programme>().Where(named.Contains).ToList();
    }
}
