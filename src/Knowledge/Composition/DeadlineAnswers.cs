using WsisBot.Knowledge.Facts;
using WsisBot.Knowledge.Vocabulary;

namespace WsisBot.Knowledge.Composition;

/// <summary>Deadlines, told against today: "was … (passed)" or "is …, in N days", and a day the asker names compared with it.</summary>
internal static class DeadlineAnswers
{
    public static Answer Compose(AnswerContext c)
    {
        if (c.Question.Programmes.Count > 1)
        {
            return Several(c, c.Question.Programmes);
        }

        if (c.Question.Programme is not { } programme)
        {
            return All(c);
        }

        var deadline = c.Snapshot.DeadlineOf(programme, c.Edition);
        if (deadline is null)
        {
            return NoDeadline(c, programme);
        }

        var text = Statement(c, deadline);
        if (c.Question.MentionedDate is { } mentioned)
        {
            text = $"{Compared(c, mentioned, deadline)}\n\n{text}";
        }

        return c.Fact($"{YesOrNo(c, deadline)}{text}{AnswerText.SourceSentence(deadline.Sentence, c.Language)}", [deadline.Letter]);
    }

    // "What are the deadlines for the OCP and the speaking slots?": each programme named, in one list.
    private static Answer Several(AnswerContext c, IReadOnlyList<Programme> programmes)
    {
        var deadlines = programmes.Select(p => (Programme: p, Deadline: c.Snapshot.DeadlineOf(p, c.Edition))).ToList();
        var lines = deadlines.Select(d => c.Bullet(
            Glossary.ProgrammeName(d.Programme, c.Language),
            d.Deadline is { } deadline ? Status(c, deadline) : c.Pick("pas de date limite dans les lettres", "no deadline in the letters")));
        var sources = deadlines.Select(d => d.Deadline?.Letter).OfType<Citation>().ToList();
        return sources.Count == 0
            ? NoDeadline(c, programmes[0])
            : c.Fact(c.Pick($"Dates limites — {AnswerText.Edition(c.Edition, c.Language)} :", $"Deadlines — {AnswerText.Edition(c.Edition, c.Language)}:") + "\n\n" + string.Join('\n', lines), sources);
    }

    /// <summary>
    /// "Is it still open?" is answered yes while the deadline (or the day the asker names) has not passed; "is it too late?"
    /// the other way round; nothing when the question is not a yes/no one.
    /// </summary>
    private static string YesOrNo(AnswerContext c, Deadline deadline)
    {
        var day = c.Question.MentionedDate ?? c.Today;
        var inTime = day <= deadline.Date;
        return c.Question.Asks switch
        {
            YesNo.StillOpen => AnswerText.YesNo(inTime, c.Language),
            YesNo.TooLate => AnswerText.YesNo(!inTime, c.Language),
            YesNo.Question when c.Question.MentionedDate is not null => AnswerText.YesNo(inTime, c.Language),
            _ => string.Empty,
        };
    }

    /// <summary>"The deadline for the WSIS Prizes (WSIS 2026) was 15 March 2026 (passed, 3 days ago)."</summary>
    public static string Statement(AnswerContext c, Deadline deadline)
    {
        var name = Glossary.ProgrammeName(deadline.Programme, c.Language, article: true);
        var edition = AnswerText.Edition(deadline.EditionYear, c.Language);
        var day = AnswerText.Day(deadline.Date, c.Language);
        var days = deadline.Date.DayNumber - c.Today.DayNumber;
        return days switch
        {
            < 0 => c.Pick(
                $"La date limite pour {name} ({edition}) était le **{day}** (dépassée, {AnswerText.Relative(days, c.Language)}).",
                $"The deadline for {name} ({edition}) was **{day}** (passed, {AnswerText.Relative(days, c.Language)})."),
            0 => c.Pick(
                $"La date limite pour {name} ({edition}) est aujourd'hui, le **{day}**.",
                $"The deadline for {name} ({edition}) is today, **{day}**."),
            _ => c.Pick(
                $"La date limite pour {name} ({edition}) est le **{day}**, {AnswerText.Relative(days, c.Language)}.",
                $"The deadline for {name} ({edition}) is **{day}**, {AnswerText.Relative(days, c.Language)}."),
        };
    }

    /// <summary>A short status for lists: "15 mars 2026 (dépassée)" / "20 March 2026 (open, in 2 days)".</summary>
    public static string Status(AnswerContext c, Deadline deadline)
    {
        var days = deadline.Date.DayNumber - c.Today.DayNumber;
        var day = AnswerText.Day(deadline.Date, c.Language);
        return days < 0
            ? c.Pick($"{day} (dépassée)", $"{day} (passed)")
            : c.Pick($"{day} (ouvert, {AnswerText.Relative(days, c.Language)})", $"{day} (open, {AnswerText.Relative(days, c.Language)})");
    }

    private static string Compared(AnswerContext c, DateOnly mentioned, Deadline deadline)
    {
        var asked = AnswerText.Day(mentioned, c.Language);
        var limit = AnswerText.Day(deadline.Date, c.Language);
        return mentioned.CompareTo(deadline.Date) switch
        {
            > 0 => c.Pick(
                $"Le **{asked}** est après la date limite ({limit}) : c'est trop tard.",
                $"**{asked}** is after the deadline ({limit}): that is too late."),
            0 => c.Pick(
                $"Le **{asked}** est le dernier jour pour soumettre : c'est encore à temps.",
                $"**{asked}** is the last day to submit: still in time."),
            _ => c.Pick(
                $"Le **{asked}** est avant la date limite ({limit}) : ce n'est pas trop tard.",
                $"**{asked}** is before the deadline ({limit}): not too late."),
        };
    }

    private static Answer All(AnswerContext c)
    {
        var deadlines = c.Snapshot.DeadlinesOf(c.Edition);
        if (deadlines.Count == 0)
        {
            return Abstention.Because(c, $"Aucune date limite n'est indiquée pour l'édition {c.Edition}.", $"No deadline is given for the {c.Edition} edition.");
        }

        var lines = deadlines.Select(d => c.Bullet(Glossary.ProgrammeName(d.Programme, c.Language), Status(c, d)));
        var edition = AnswerText.Edition(c.Edition, c.Language);
        return c.Fact(
            c.Pick($"Dates limites — {edition} :", $"Deadlines — {edition}:") + "\n\n" + string.Join('\n', lines),
            deadlines.Select(d => d.Letter));
    }

    /// <summary>No deadline for the programme in the edition's letters: "I don't know" first, then what they say about it.</summary>
    private static Answer NoDeadline(AnswerContext c, Programme programme)
    {
        var name = Glossary.ProgrammeName(programme, c.Language, article: true);
        var mention = c.Snapshot.Letters
            .Where(l => l.EditionYear == c.Edition)
            .SelectMany(l => l.Body.Where(p => !p.IsTableRow).Select(p => (Letter: l, Passage: p)))
            .FirstOrDefault(x => x.Passage.Programmes.Contains(programme));
        if (mention.Letter is null)
        {
            return Abstention.Because(
                c,
                $"Les lettres de l'édition {c.Edition} ne parlent pas de {name}.",
                $"The letters of the {c.Edition} edition do not mention {name}.");
        }

        // "Is there a deadline for stocktaking?" (« délai pour l'inventaire ? ») is answered: there is none. "What is the deadline?"
        // is not: the letters do not give one.
        if (!c.Question.AsksWhat)
        {
            var lead = c.Question.Asks == YesNo.Question ? AnswerText.YesNo(false, c.Language) : string.Empty;
            var none = c.Pick($"Les lettres de l'édition {c.Edition} ne fixent pas de date limite pour {name}. Voici ce qu'elles en disent :", $"The letters of the {c.Edition} edition set no deadline for {name}. This is what they say:");
            return c.Fact($"{lead}{none}\n\n{AnswerText.Quote(mention.Passage.Original, c.Language)}", [mention.Letter.Citation], AnswerKind.Passage);
        }

        return Abstention.Quoting(
            c,
            $"Les lettres de l'édition {c.Edition} ne fixent pas de date limite pour {name}.",
            $"The letters of the {c.Edition} edition set no deadline for {name}.",
            mention.Passage,
            mention.Letter.Citation);
    }
}
