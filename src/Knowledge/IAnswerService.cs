namespace WsisBot.Knowledge;

/// <summary>
/// What the bot asks of the knowledge layer: understand a user's text (the bot routes on the intent), then answer a
/// question from the letters (or abstain).
/// </summary>
public interface IAnswerService
{
    /// <summary>Language of a text, or null when the text does not tell (too short, names only).</summary>
    Language? DetectLanguage(string text);

    /// <summary>
    /// Intent and slots of a user's text. With <paramref name="previous"/> (the frame of the last question answered in the
    /// conversation), a follow-up ("and Gold?", « et en 2024 ? », "is it still open?") takes the slots it does not name from it.
    /// </summary>
    Understanding Understand(string text, Language language, QuestionFrame? previous = null);

    /// <summary>
    /// With <c>AzureOpenAI:*</c> configured, a follow-up (<see cref="Understanding.FollowsUp"/>) rewritten into a standalone
    /// question from the conversation's last question, as retrieval bots do, and read again; otherwise, or when the rewriting
    /// fails, <paramref name="followUp"/> as it was read.
    /// </summary>
    Task<Understanding> RewriteFollowUpAsync(Understanding followUp, QuestionFrame previous, Language language, CancellationToken cancellationToken = default) =>
        Task.FromResult(followUp);

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
/// What a user wants. Greeting, Thanks, Help, Human and MySubmissions are the bot's to act on (see <see cref="IntentExtensions.IsConversation"/>),
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

    /// <summary>"Where do I submit my stocktaking entry?": the letter's link or address for it, and its deadline.</summary>
    WhereToSubmit,

    /// <summary>"merci", "ok thanks": acknowledged, nothing asked.</summary>
    Thanks,

    /// <summary>"Who signed letter CL-26/17?": the signatures at the end of the letters.</summary>
    Signatory,

    /// <summary>"Which letter invites ministers?": the letters of an edition, with their references, dates and subjects.</summary>
    Letters,
}

public static class IntentExtensions
{
    /// <summary>
    /// Greeting, help, hand-over and "my submissions": the knowledge layer reads them so the bot can act on them (help,
    /// a ticket, the list), but composes no answer of its own for them.
    /// </summary>
    public static bool IsConversation(this Intent intent) => intent is Intent.Greeting or Intent.Help or Intent.Human or Intent.MySubmissions or Intent.Thanks;
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
