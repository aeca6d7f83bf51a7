using WsisBot.Knowledge.Facts;
using WsisBot.Knowledge.Ingestion;
using WsisBot.Knowledge.Vocabulary;

namespace WsisBot.Knowledge.Composition;

/// <summary>Where and when: the edition's Forum, one event (opening ceremony, round table, …), or the week's events.</summary>
internal static class EventAnswers
{
    public static Answer Venue(AnswerContext c) => About(c, venueFirst: true);

    public static Answer Dates(AnswerContext c) => About(c, venueFirst: false);

    public static Answer Event(AnswerContext c) =>
        c.Question.Event is null ? List(c) : About(c, venueFirst: false);

    private static Answer About(AnswerContext c, bool venueFirst)
    {
        var kind = c.Question.Event ?? EventKind.Forum;
        var found = kind == EventKind.Forum
            ? c.Snapshot.ForumOf(c.Edition)
            : c.Snapshot.EventsOf(c.Edition).FirstOrDefault(e => e.Kind == kind);
        if (found is null)
        {
            // "Was AI for Good held alongside the Forum last year?": a later letter may tell of an earlier edition in passing.
            return PassageAnswers.Mentioning(c, c.Edition) ?? Abstention.Because(
                c,
                $"Les lettres de l'édition {c.Edition} n'annoncent pas de {Glossary.EventKindName(kind, Language.French)}.",
                $"The letters of the {c.Edition} edition announce no {Glossary.EventKindName(kind, Language.English)}.");
        }

        var name = Name(c, found);
        var when = AnswerText.Range(found.Start, found.End, c.Language);
        var past = found.End < c.Today;
        var place = found.Place is null ? null : AnswerText.Place(found.Place, c.Language);
        string text;
        if (place is null)
        {
            text = past
                ? c.Pick($"**{name}** a eu lieu **{when}**.", $"**{name}** took place **{when}**.")
                : c.Pick($"**{name}** aura lieu **{when}**.", $"**{name}** takes place **{when}**.");
            var forum = kind == EventKind.Forum ? null : c.Snapshot.ForumOf(c.Edition);
            if (forum?.Place is { } forumPlace)
            {
                text += " " + c.Pick(
                    $"La lettre ne précise pas de lieu pour cette manifestation ; le Forum se tient à {forumPlace}.",
                    $"The letter gives no place for it; the Forum is held at {AnswerText.Place(forumPlace, c.Language)}.");
            }
        }
        else if (venueFirst)
        {
            text = past
                ? c.Pick($"**{name}** s'est tenu à **{place}**, {when}.", $"**{name}** was held at **{place}**, {when}.")
                : c.Pick($"**{name}** se tiendra à **{place}**, {when}.", $"**{name}** will be held at **{place}**, {when}.");
        }
        else
        {
            text = past
                ? c.Pick($"**{name}** a eu lieu **{when}**, à {place}.", $"**{name}** took place **{when}**, at {place}.")
                : c.Pick($"**{name}** aura lieu **{when}**, à {place}.", $"**{name}** takes place **{when}**, at {place}.");
        }

        // "When does it start?": the first (or last) day said outright, before the range.
        if (found.Start != found.End && c.Says("starts"))
        {
            text = c.Pick($"Début : **{AnswerText.DayWithWeekday(found.Start, c.Language)}**. ", $"It starts on **{AnswerText.DayWithWeekday(found.Start, c.Language)}**. ") + text;
        }
        else if (found.Start != found.End && c.Says("ends"))
        {
            text = c.Pick($"Fin : **{AnswerText.DayWithWeekday(found.End, c.Language)}**. ", $"It ends on **{AnswerText.DayWithWeekday(found.End, c.Language)}**. ") + text;
        }

        if (!past && found.Start > c.Today)
        {
            text += " " + c.Pick($"(Début {AnswerText.Relative(found.Start.DayNumber - c.Today.DayNumber, c.Language)}.)", $"(Starts {AnswerText.Relative(found.Start.DayNumber - c.Today.DayNumber, c.Language)}.)");
        }

        return c.Fact($"{YesOrNo(c, found)}{text}{AnswerText.SourceSentence(found.Sentence, c.Language)}", [found.Letter]);
    }

    /// <summary>
    /// "Is the round table on 9 July?" (the day named falls within the event), "Is AI for Good at the same place?" (the same place
    /// or days as the Forum), "Is there a joint opening ceremony?" (the letters announce one): yes or no first.
    /// </summary>
    private static string YesOrNo(AnswerContext c, ForumEvent found)
    {
        if (c.Question.Asks != YesNo.Question)
        {
            return string.Empty;
        }

        if (c.Question.MentionedDate is { } day)
        {
            return AnswerText.YesNo(day >= found.Start && day <= found.End, c.Language);
        }

        if (c.Question.AsksSame && found.Kind != EventKind.Forum && c.Snapshot.ForumOf(c.Edition) is { } forum)
        {
            var samePlace = found.Place is not null && forum.Place is not null
                && (found.Place.Contains(forum.Place, StringComparison.OrdinalIgnoreCase) || forum.Place.Contains(found.Place, StringComparison.OrdinalIgnoreCase));
            var overlap = found.Start <= forum.End && forum.Start <= found.End;
            return AnswerText.YesNo(samePlace || (found.Place is null && overlap), c.Language);
        }

        return AnswerText.YesNo(true, c.Language);
    }

    private static Answer List(AnswerContext c)
    {
        var events = c.Snapshot.EventsOf(c.Edition);
        if (events.Count == 0)
        {
            return Abstention.Because(c, $"Les lettres de l'édition {c.Edition} n'annoncent aucune manifestation.", $"The letters of the {c.Edition} edition announce no event.");
        }

        var lines = events.Select(e =>
        {
            var where = e.Place is null ? string.Empty : c.Pick($", à {e.Place}", $", at {AnswerText.Place(e.Place, c.Language)}");
            return c.Bullet(Name(c, e), AnswerText.Range(e.Start, e.End, c.Language) + where);
        });
        return c.Fact(
            c.Pick($"Manifestations annoncées — {AnswerText.Edition(c.Edition, c.Language)} :", $"Events announced — {AnswerText.Edition(c.Edition, c.Language)}:") + "\n\n" + string.Join('\n', lines),
            events.Select(e => e.Letter));
    }

    /// <summary>French: the letter's own name when it says more than a word or two; English: the glossary's name, with the Forum's year.</summary>
    public static string Name(AnswerContext c, ForumEvent e)
    {
        if (c.Language == Language.French && TextFolding.Words(e.Name).Count >= 3)
        {
            return e.Name;
        }

        var name = Glossary.EventKindName(e.Kind, c.Language);
        return e.Kind is EventKind.Forum or EventKind.AiSummit ? $"{name} {e.EditionYear}" : char.ToUpperInvariant(name[0]) + name[1..];
    }
}
