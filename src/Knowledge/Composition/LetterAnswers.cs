namespace WsisBot.Knowledge.Composition;

/// <summary>The letters themselves: who signed them, and which letters an edition has (reference, date, subject).</summary>
internal static class LetterAnswers
{
    public static Answer Signatories(AnswerContext c)
    {
        var letters = (c.Question.LetterReference is { } reference
                ? c.Snapshot.Letters.Where(l => l.Reference == reference)
                : c.Snapshot.LettersOf(c.Edition))
            .Where(l => l.Signatories.Count > 0)
            .ToList();
        if (letters.Count == 0)
        {
            return Abstention.Because(c);
        }

        var lines = letters.Select(l => c.Bullet(
            c.Pick($"lettre {AnswerText.Reference(l.Reference)} du {AnswerText.Day(l.Date, c.Language)}", $"letter {AnswerText.Reference(l.Reference)} of {AnswerText.Day(l.Date, c.Language)}"),
            string.Join("; ", l.Signatories.Select(s => $"« {s} »"))));
        return c.Fact(
            c.Pick("Signataires, tels que les lettres les écrivent :", "The letters are signed by (names and titles as the letters write them):") + "\n\n" + string.Join('\n', lines),
            letters.Select(l => l.Citation));
    }

    /// <summary>"Which letter invites ministers?": the edition's letters (or the one named), newest first, with reference, date and subject.</summary>
    public static Answer Letters(AnswerContext c)
    {
        var letters = (c.Question.LetterReference is { } reference ? c.Snapshot.Letters.Where(l => l.Reference == reference) : c.Snapshot.LettersOf(c.Edition)).ToList();
        if (letters.Count == 0)
        {
            return Abstention.NoEdition(c);
        }

        var lines = letters.Select(l => c.Bullet(
            c.Pick($"lettre {AnswerText.Reference(l.Reference)} du {AnswerText.Day(l.Date, c.Language)}", $"letter {AnswerText.Reference(l.Reference)} of {AnswerText.Day(l.Date, c.Language)}"),
            $"« {l.Subject} »"));
        return c.Fact(
            c.Pick($"Les lettres de l'édition {c.Edition} (objet tel qu'écrit) :", $"The letters of the {c.Edition} edition (subject as written):") + "\n\n" + string.Join('\n', lines),
            letters.Select(l => l.Citation));
    }
}
