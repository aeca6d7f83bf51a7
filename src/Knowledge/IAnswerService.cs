namespace WsisBot.Knowledge;

/// <summary>
/// What the bot asks of the knowledge layer: understand a user's text (the bot routes on the intent), then answer a
/// question from the letters (or abstain).
/// </summary>
public interface IAnswerService
{
    /// <summary>Language of a text, or null when the text does not tell (too short, names only).</summary>
    Language? DetectLanguage(string text);

    /// <summary>Intent and slots of a user's text.</summary>
    Understanding Understand(string text, Language language);

    /// <summary>
    /// The answer to an understood question, composed in <paramref name="language"/>, as of the clock's "now". A conversational
    /// intent (<see cref="IntentExtensions.IsConversation"/>) is the bot's to act on: asked anyway, the answer is an abstention.
    /// </summary>
    Answer Answer(Understanding understanding, Language language);

    /// <summary>
    /// Same as <see cref="Answer"/>, phrased by the language model when <c>AzureOpenAI:*</c> is configured; any date or
    /// amount the model writes that the letters do not state (or any error or time-out) falls back to the composed answer.
    /// </summary>
    Task<Answer> AnswerAsync(Understanding understanding, Language language, CancellationToken cancellationToken = default) =>
        Task.FromResult(Answer(understanding, language));
}

/// <summary>
/// What a user wants. Greeting, Help, Human and MySubmissions are the bot's to act on (see <see cref="IntentExtensions.IsConversation"/>),
/// Submit starts a form; the rest are answered from the letters.
/// </summary>
public enum Intent
{
    Unknown,
    Greeting,
    Help,
    Human,
    Deadline,
    Tier,
    TierComparison,
    Venue,
    Dates,
    Event,
    Registration,
    Contact,
    TrustFund,
    WhatCanISubmit,
    Submit,
    MySubmissions,
}

public static class IntentExtensions
{
    /// <summary>
    /// Greeting, help, hand-over and "my submissions": the knowledge layer reads them so the bot can act on them (help,
    /// a ticket, the list), but composes no answer of its own for them.
    /// </summary>
    public static bool IsConversation(this Intent intent) => intent is Intent.Greeting or Intent.Help or Intent.Human or Intent.MySubmissions;
}

/// <summary>Kinds of submission the letters call for.</summary>
public enum Programme
{
    OpenConsultation,
    Stocktaking,
    Prizes,
    SpeakingSlot,
    Partnership,
    TrustFund,
}

/// <summary>Intent plus the slots found in the text.</summary>
/// <param name="Text">The user's text as received.</param>
/// <param name="Intent">What the user wants.</param>
/// <param name="Confidence">0–1: how sure the reading is.</param>
/// <param name="Programme">The submission programme named, if any.</param>
/// <param name="TierKey">The partnership tier named (key of <see cref="Facts.PartnershipTier.Key"/>: "diamant", "or", …).</param>
/// <param name="EditionYear">The Forum edition asked about; null means the newest.</param>
/// <param name="MentionedDate">A day the user names ("is 16 March too late?").</param>
/// <param name="OtherTierKey">A second tier, for comparisons.</param>
/// <param name="Event">The kind of event asked about (opening ceremony, round table, …).</param>
/// <param name="OutOfScopeTopic">Set when the question is about a subject the letters do not treat (weather, visas, hotels, …).</param>
/// <param name="Standalone">
/// For a conversational intent: the text is that request and nothing else ("mes soumissions", "I'd like to talk to someone please"),
/// not a text that merely contains one of its words ("Human-centred AI", "Hello World Foundation").
/// </param>
public sealed record Understanding(
    string Text,
    Intent Intent,
    double Confidence,
    Programme? Programme = null,
    string? TierKey = null,
    int? EditionYear = null,
    DateOnly? MentionedDate = null,
    string? OtherTierKey = null,
    Facts.EventKind? Event = null,
    string? OutOfScopeTopic = null,
    bool Standalone = false);

public enum AnswerKind
{
    /// <summary>Composed from extracted facts.</summary>
    Fact,

    /// <summary>A retrieved passage quoted with its citation.</summary>
    Passage,

    /// <summary>Below the confidence threshold (or not a question for the letters): the bot says it does not know and offers the secretariat.</summary>
    Abstain,
}

/// <summary>A letter an answer rests on, e.g. "CL-26/17" of 17 March 2026.</summary>
public sealed record Citation(string Reference, DateOnly LetterDate, string FileName);

/// <summary>An answer ready to send: markdown text in the asked language, with its sources.</summary>
public sealed record Answer(AnswerKind Kind, Intent Intent, string Text, IReadOnlyList<Citation> Citations, double Confidence);
