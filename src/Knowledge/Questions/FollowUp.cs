namespace WsisBot.Knowledge.Questions;

/// <summary>
/// A follow-up fills the slots it does not name from the previous question's frame; a slot it names replaces the old one
/// ("and in 2025?" keeps the intent and programme and changes the edition; "and Platinum?" keeps the intent and the row and
/// changes the tier). A question that names its own subject and leans on nothing starts a new frame.
/// </summary>
internal static class FollowUp
{
    public static Understanding Merge(Reading reading, QuestionFrame previous)
    {
        var own = reading.Understanding;
        if (!LeansOn(reading, previous))
        {
            return own;
        }

        var intent = IntentOf(reading, previous);
        var tiers = intent is Intent.Tier or Intent.TierComparison;
        // "and Platinum?", "which tier does?", "does Innovation get one?": the same row for another tier or across tiers.
        var keepsRow = tiers && own.RowKey is null && own.Ranking is null && !Vocabulary.Lexicon.Cues.All["price"].In(reading.Words)
            && (reading.SlotsOnly || reading.AcrossTiers || own.Asks == YesNo.Question);
        // "Is the speaking slot still open?" asks about today, whatever edition was discussed before.
        var keepsEdition = !(own.Asks is YesNo.StillOpen or YesNo.TooLate && own.Programme is not null && own.Programme != previous.Programme);
        var merged = own with
        {
            EditionYear = own.EditionYear ?? (keepsEdition ? previous.EditionYear : null),
            Intent = intent,
            Confidence = Math.Max(own.Confidence, 0.8),
            Programme = own.Programme ?? (UsesProgramme(intent) ? previous.Programme : null),
            TierKey = own.TierKey ?? (tiers && !reading.AcrossTiers ? previous.TierKey : null),
            OtherTierKey = own.TierKey is not null || reading.AcrossTiers ? own.OtherTierKey : tiers ? previous.OtherTierKey : null,
            Event = own.Event ?? (UsesEvent(intent) && !reading.ForumNamed ? previous.Event : null),
            RowKey = own.RowKey ?? (keepsRow ? previous.RowKey : null),
            // "and a meeting room?" after "does it include a stand?" asks yes or no too.
            Asks = own.Asks != YesNo.None ? own.Asks : reading.SlotsOnly || (reading.SaysFollowUp && !own.AsksWhat) ? previous.Asks : YesNo.None,
            FollowsUp = true,
        };

        // An open question (a passage of a letter) searched again with the new slot: "How many attended last year?" → "And in 2024?",
        // or asked further: "When was the Trust Fund created?" → "and under which resolution?".
        if (intent == Intent.Unknown && (reading.Leftover.Count == 0 || (reading.SaysFollowUp && previous.Intent is Intent.Unknown or Intent.TrustFund or Intent.Registration)))
        {
            merged = merged with { SearchText = $"{Without(previous.Question, own, reading)} {own.Text}", Replaced = Replaced(previous, own, reading) };
        }

        return merged with { RankedTierKey = own.RankedTierKey };
    }

    /// <summary>
    /// A question leans on the previous one when it says so ("and …", "it", « et … », « ça »), or when it does not say what it
    /// is about: no word of its own beyond the vocabulary's ("which is cheaper?", "how many days left?", "C'est quel jour ?")
    /// and no subject for its intent (a tier, a programme, an event, the Forum).
    /// </summary>
    private static bool LeansOn(Reading reading, QuestionFrame previous)
    {
        var own = reading.Understanding;
        if (own.Intent.IsConversation() || own.OutOfScopeTopic is not null || own.Intent is Intent.Submit or Intent.WhatCanISubmit)
        {
            return false;
        }

        // A row of the offer table right after a question about tiers: "avec un écran numérique ?", "and seats at the opening?".
        var previousTiers = previous.Intent is Intent.Tier or Intent.TierComparison;
        if (reading.SaysFollowUp || (own.RowKey is not null && own.TierKey is null && previousTiers && !reading.AcrossTiers))
        {
            return true;
        }

        return reading.Leftover.Count == 0 && !NamesSubject(reading, previous);
    }

    private static bool NamesSubject(Reading reading, QuestionFrame previous)
    {
        var own = reading.Understanding;
        return own.Intent switch
        {
            Intent.Unknown => false,
            // "Which tier does?" right after a question about one row asks which tiers have that row.
            Intent.Tier or Intent.TierComparison => own.TierKey is not null || own.Ranking is not null || own.Budget is not null
                || (reading.AcrossTiers && (own.RowKey is not null || previous.RowKey is null || reading.Words.Words.Count > 4))
                || !(previous.Intent is Intent.Tier or Intent.TierComparison),
            Intent.Deadline or Intent.WhereToSubmit => own.Programme is not null,
            Intent.Event or Intent.Dates or Intent.Venue => own.Event is not null || reading.ForumNamed || own.EditionYear is not null,
            _ => own.EditionYear is not null,
        };
    }

    // An intent of its own wins; a follow-up that asks nothing new ("and last year?") asks the previous question again.
    private static Intent IntentOf(Reading reading, QuestionFrame previous)
    {
        var own = reading.Understanding;
        var previousTiers = previous.Intent is Intent.Tier or Intent.TierComparison;
        // After a question about tiers, a price, a benefit or a row asks about the tier in the thread ("what's its price anyway?").
        var tierCue = Vocabulary.Lexicon.Cues.All["price"].In(reading.Words) || Vocabulary.Lexicon.Cues.All["benefits"].In(reading.Words)
            || Vocabulary.Lexicon.Cues.All["availability"].In(reading.Words) || own.RowKey is not null;
        if (previousTiers && tierCue && own.TierKey is null && own.Intent is Intent.Unknown or Intent.Event or Intent.Dates or Intent.Venue)
        {
            return Intent.Tier;
        }

        // An open question with words of its own ("And the resolution that decided the review?"), or one a rule read as open
        // ("how many…", "who…"), stays an open question, unless it only changes a slot of the previous one ("and for stocktaking entries?").
        var changesSlot = own.Programme is not null || own.TierKey is not null || own.Event is not null;
        // « Et pour l'édition 2024, c'était qui ? » after the contact asks for that edition's contact.
        var askingWhoAgain = previous.Intent is Intent.Contact or Intent.Signatory && reading.Leftover.Count == 0;
        if (own.Intent == Intent.Unknown && ((reading.Leftover.Count > 0 && !changesSlot) || (own.Confidence >= 0.5 && !askingWhoAgain)))
        {
            return Intent.Unknown;
        }

        if (own.Intent == Intent.Unknown)
        {
            return previous.Intent == Intent.TierComparison && own.TierKey is not null ? Intent.Tier : previous.Intent;
        }

        // "how many seats at the opening?" after a question about a tier is about that tier's row, not the ceremony.
        if (own.RowKey is not null && own.TierKey is null && previousTiers)
        {
            return Intent.Tier;
        }

        return own.Intent == Intent.Tier && own.TierKey is null && own.Ranking is null && previous.Intent == Intent.TierComparison
            ? Intent.TierComparison
            : own.Intent;
    }

    /// <summary>The previous question without the words of the slots the follow-up replaces ("… AI for Good ?" → "Et pour le Forum ?").</summary>
    private static string Without(string previousQuestion, Understanding own, Reading reading)
    {
        var replaced = new List<Vocabulary.CueGroup>();
        if (own.Event is not null || reading.ForumNamed)
        {
            replaced.AddRange(Vocabulary.Lexicon.Events.Select(e => e.Phrases));
        }

        if (own.Programme is not null)
        {
            replaced.AddRange(Vocabulary.Lexicon.Programmes.Values);
        }

        if (own.TierKey is not null)
        {
            replaced.AddRange(Vocabulary.Lexicon.Tiers.Values);
        }

        var words = new Vocabulary.Phrases(previousQuestion);
        var kept = replaced.Aggregate(words.Text, (text, group) => new Vocabulary.Phrases(text.Split(' ')).Without(group));
        return own.EditionYear is null ? kept : string.Join(' ', kept.Split(' ').Where(w => !(w.Length == 4 && w.All(char.IsDigit))));
    }

    // The names of the event or programme the follow-up replaces, in every wording the vocabulary knows ("bien social", "ai for good").
    private static List<string> Replaced(QuestionFrame previous, Understanding own, Reading reading)
    {
        var phrases = new List<string>();
        if (previous.Event is { } old && old != own.Event && (own.Event is not null || reading.ForumNamed))
        {
            phrases.AddRange(Vocabulary.Lexicon.Events.First(e => e.Kind == old).Phrases.Phrases);
        }

        if (previous.Programme is { } before && own.Programme is { } now && before != now)
        {
            phrases.AddRange(Vocabulary.Lexicon.Programmes[before].Phrases);
        }

        return phrases;
    }

    private static bool UsesProgramme(Intent intent) => intent is Intent.Deadline or Intent.WhereToSubmit or Intent.Submit or Intent.Unknown or Intent.Registration;

    private static bool UsesEvent(Intent intent) => intent is Intent.Event or Intent.Dates or Intent.Venue or Intent.Unknown;
}
