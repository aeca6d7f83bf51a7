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
        if (hit is null)
        {
            return Abstention.Because(c);
        }

        // "What's the deadline to register?": the letters give none; say so, and what they say about registration.
        if (c.Question.AsksDeadline && c.Question.Asks is not (YesNo.StillOpen or YesNo.TooLate))
        {
            return Abstention.Quoting(c, "Les lettres ne fixent pas de date limite pour les inscriptions.", "The letters set no registration deadline.", hit.Passage, hit.Letter.Citation);
        }

        // "Is registration still open?": the letter says so in as many words (« Les inscriptions sont ouvertes »).
        var says = c.Question.Asks is YesNo.StillOpen or YesNo.TooLate && Vocabulary.Lexicon.Cues.All["saidOpen"].In(new Vocabulary.Phrases(hit.Passage.Clean))
            ? AnswerText.YesNo(c.Question.Asks == YesNo.StillOpen, c.Language)
            : string.Empty;
        return PassageAnswers.Quote(c, hit, says + c.Pick(
            $"Inscriptions ({AnswerText.Edition(hit.Letter.EditionYear, c.Language)}) — la lettre {AnswerText.Reference(hit.Letter.Reference)} du {AnswerText.Day(hit.Letter.Date, c.Language)} indique :",
            $"Registration ({AnswerText.Edition(hit.Letter.EditionYear, c.Language)}) — letter {AnswerText.Reference(hit.Letter.Reference)} of {AnswerText.Day(hit.Letter.Date, c.Language)} says:"));
    }

    /// <summary>
    /// "Where do I submit …?": the address the edition's letters give for that programme (the web page, or the secretariat's
    /// e-mail for the fund and partnerships), with its deadline; every programme's when none is named.
    /// </summary>
    public static Answer WhereToSubmit(AnswerContext c)
    {
        var programmes = c.Question.Programmes.Count > 1 ? [.. c.Question.Programmes] : c.Question.Programme is { } one ? [one] : Offered(c);
        var lines = new List<string>();
        var sources = new List<Citation>();
        foreach (var programme in programmes)
        {
            var (address, letter) = Addresses.Of(c.Snapshot, programme, c.Edition);
            var status = c.Snapshot.StatusOf(programme, c.Today, c.Edition);
            var deadline = status.Deadline is { } d ? c.Pick($" — date limite {DeadlineAnswers.Status(c, d)}", $" — deadline {DeadlineAnswers.Status(c, d)}") : string.Empty;
            var where = address ?? c.Pick("la lettre ne donne pas d'adresse (elle renvoie à un lien absent du texte)", "the letter gives no address (it refers to a link that is not in its text)");
            lines.Add(c.Bullet(Glossary.ProgrammeName(programme, c.Language), (address is null ? where : $"**{where}**") + deadline));
            sources.AddRange(new[] { letter, status.Deadline?.Letter }.OfType<Citation>());
        }

        if (sources.Count == 0)
        {
            return Abstention.Because(c, $"Les lettres de l'édition {c.Edition} ne disent pas où soumettre.", $"The letters of the {c.Edition} edition do not say where to submit.");
        }

        var lead = c.Pick($"Où soumettre ({AnswerText.Edition(c.Edition, c.Language)}), selon les lettres :", $"Where to submit ({AnswerText.Edition(c.Edition, c.Language)}), as the letters say:");
        // One programme: what its letter says about taking part, below the address.
        var about = programmes.Count == 1 ? Addresses.Passage(c.Snapshot, programmes[0], c.Edition) : null;
        var quote = about is null ? string.Empty : $"\n\n{AnswerText.Quote(about.Original, c.Language)}";
        return c.Fact($"{lead}\n\n{string.Join('\n', lines)}{quote}", sources);
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
