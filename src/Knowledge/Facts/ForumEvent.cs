namespace WsisBot.Knowledge.Facts;

/// <summary>What kind of gathering an event is; the vocabulary to recognise each sits in the glossary.</summary>
public enum EventKind
{
    Forum,
    AiSummit,
    AiGovernanceDialogue,
    OpeningCeremony,
    HighLevelTrack,
    MinisterialRoundTable,
    Other,
}

/// <summary>An event a letter announces, with its dates and, when the sentence gives it, its place.</summary>
/// <param name="Name">Name as the letter words it (OCR-cleaned), e.g. "Forum du SMSI de 2026".</param>
/// <param name="Kind">Kind recognised from the name.</param>
/// <param name="Start">First day.</param>
/// <param name="End">Last day (equal to <paramref name="Start"/> for a one-day event).</param>
/// <param name="Place">Place as written ("Palexpo, Genève (Suisse)"), or null when the sentence names none.</param>
/// <param name="EditionYear">Forum edition of the letter.</param>
/// <param name="Sentence">The sentence, as written in the letter.</param>
/// <param name="Letter">The letter announcing it.</param>
public sealed record ForumEvent(
    string Name,
    EventKind Kind,
    DateOnly Start,
    DateOnly End,
    string? Place,
    int EditionYear,
    string Sentence,
    Citation Letter);
