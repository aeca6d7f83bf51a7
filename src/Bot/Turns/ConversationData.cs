using WsisBot.Knowledge;

namespace WsisBot.Bot.Turns;

/// <summary>What the bot remembers of a conversation between turns (stored as JSON in ConversationStates).</summary>
public sealed record ConversationData
{
    /// <summary>The language of the last turn.</summary>
    public Language? Language { get; init; }

    /// <summary>Set when the user asked for a language ("English please"): it then wins over locale and detection.</summary>
    public Language? ChosenLanguage { get; init; }

    /// <summary>The channel locale of the last turn, to notice when the user changes it.</summary>
    public string? LastLocale { get; init; }

    public bool Welcomed { get; init; }

    public int Turns { get; init; }

    /// <summary>
    /// The last question the bot could not answer, or whose answer the user disliked: what a hand-over to the secretariat
    /// is about. While it is set, the bot's offer of the secretariat is pending ("yes" takes it).
    /// </summary>
    public string? LastUnanswered { get; init; }

    /// <summary>The pending offer followed a thumbs-down on an answer (the bot did answer <see cref="LastUnanswered"/>).</summary>
    public bool OfferAfterDislike { get; init; }

    /// <summary>The intent and slots of the last question answered: the next question may follow up on it ("and Gold?").</summary>
    public QuestionFrame? Frame { get; init; }

    /// <summary>When <see cref="Frame"/> was kept; an old frame is not followed up on.</summary>
    public DateTimeOffset? FrameAt { get; init; }

    /// <summary>The conversation's ticket while the secretariat has it.</summary>
    public long? OpenTicketId { get; init; }

    /// <summary>Active dialogs, innermost last.</summary>
    public IReadOnlyList<DialogFrame> DialogStack { get; init; } = [];

    /// <summary>The bot offers the secretariat about <paramref name="question"/>.</summary>
    public ConversationData Offering(string question, bool afterDislike = false) => this with { LastUnanswered = question, OfferAfterDislike = afterDislike };

    /// <summary>No offer pending (taken, declined, or a question answered since).</summary>
    public ConversationData WithoutOffer() => this with { LastUnanswered = null, OfferAfterDislike = false };
}
