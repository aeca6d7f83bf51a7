namespace WsisBot.Knowledge;

/// <summary>Intent plus the slots found in the text (and, for a follow-up, in the conversation's last question).</summary>
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
    bool Standalone = false)
{
    /// <summary>The row of the offer table asked about (<see cref="Facts.TierBenefit.Key"/>), if any.</summary>
    public string? RowKey { get; init; }

    /// <summary>"the cheapest", "le plus cher": a tier picked by its price.</summary>
    public Ranking? Ranking { get; init; }

    /// <summary>With <see cref="Ranking"/>: the tiers named are left out ("the most expensive after Diamond"), or only those below them count.</summary>
    public RankingScope RankingScope { get; init; }

    /// <summary>A sum the asker can spend ("CHF 60,000 to spend: which tiers fit?").</summary>
    public decimal? Budget { get; init; }

    /// <summary>A yes/no question, and what "yes" means for a deadline.</summary>
    public YesNo Asks { get; init; }

    /// <summary>Something about the subject that no letter states (the hour, who speaks, a word limit…), as the asker named it.</summary>
    public string? UnstatedDetail { get; init; }

    /// <summary>Every submission programme the question names, when it names several ("the OCP and the speaking-slot deadlines").</summary>
    public IReadOnlyList<Programme> Programmes { get; init; } = [];

    /// <summary>A letter the question names by its reference ("CL-26/17"), as the letter writes it.</summary>
    public string? LetterReference { get; init; }

    /// <summary>The question asks for a fact with a question word ("what is…", « quelle est… »), not for yes or no.</summary>
    public bool AsksWhat { get; init; }

    /// <summary>The question asks when something closes ("deadline", "until when"): a subject with no deadline is not answered with something else.</summary>
    public bool AsksDeadline { get; init; }

    /// <summary>The question asks whether something is in the same place or at the same time as another ("au même endroit ?").</summary>
    public bool AsksSame { get; init; }

    /// <summary>Words the vocabulary does not know ("phases", "résolution"): what the question is about when no fact is named.</summary>
    public IReadOnlyList<string> Topic { get; init; } = [];

    /// <summary>
    /// The names (folded phrases) of what a follow-up replaced ("AI for Good" in "… for AI for Good?" → « Et pour le Forum ? »):
    /// a passage about it answers the previous question, not this one.
    /// </summary>
    public IReadOnlyList<string> Replaced { get; init; } = [];

    /// <summary>The tier a ranking picks ("the most expensive" → Diamond): what a follow-up's "it" is about.</summary>
    public string? RankedTierKey { get; init; }

    /// <summary>
    /// The words an open question is searched with: for a follow-up of one ("And in 2024?"), the previous question's with this
    /// one's; null means <see cref="Text"/>.
    /// </summary>
    public string? SearchText { get; init; }

    /// <summary>True when slots were taken from the conversation's previous question.</summary>
    public bool FollowsUp { get; init; }

    /// <summary>The questions of a message that asks several ("When is the Forum and how much is Gold?"), each read in turn; empty for one.</summary>
    public IReadOnlyList<Understanding> Parts { get; init; } = [];

    /// <summary>The frame a next question may follow up on: this question's (or its last part's) intent and slots.</summary>
    public QuestionFrame Frame =>
        Parts.Count > 0
            ? Parts[^1].Frame
            : new QuestionFrame(Intent, Programme, RankedTierKey ?? TierKey, RankedTierKey is null ? OtherTierKey : null, RowKey, Event, EditionYear, SearchText ?? Text, Asks);
}

/// <summary>
/// The intent and slots of a question the bot answered, kept in the conversation's state so the next question can lean on it
/// ("and Gold?", « et l'an dernier ? »). <see cref="Question"/> is the text it was read from (the search words of an open question).
/// </summary>
public sealed record QuestionFrame(
    Intent Intent,
    Programme? Programme,
    string? TierKey,
    string? OtherTierKey,
    string? RowKey,
    Facts.EventKind? Event,
    int? EditionYear,
    string Question,
    YesNo Asks = YesNo.None);

public enum Ranking
{
    Cheapest,
    Dearest,
}

public enum RankingScope
{
    All,

    /// <summary>"after Diamond", "à part le Diamant": every tier but those named.</summary>
    OthersThanNamed,

    /// <summary>"below Gold", "moins cher que l'Or": only tiers cheaper than the one named.</summary>
    BelowNamed,
}

/// <summary>Whether a question asks for yes or no, and for a deadline, what "yes" means.</summary>
public enum YesNo
{
    None,

    /// <summary>"Does Gold include a stand?", « Le Diamant est-il exclusif ? ».</summary>
    Question,

    /// <summary>"Is it still open?", "Can I still submit?": yes while the deadline has not passed.</summary>
    StillOpen,

    /// <summary>"Is it too late?", "Has it passed?": yes once the deadline has passed.</summary>
    TooLate,
}
