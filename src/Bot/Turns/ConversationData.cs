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

    /// <summary>The last question the bot could not answer: what a hand-over to the secretariat is about.</summary>
    public string? LastUnanswered { get; init; }

    /// <summary>The intent and slots of the last question answered: the next question may follow up on it ("and Gold?").</summary>
    public QuestionFrame? Frame { get; init; }

    /// <summary>When <see cref="Frame"/> was kept; an old frame is not followed up on.</summary>
    public DateTimeOffset? FrameAt { get; init; }

    /// <summary>The conversation's ticket while the secretariat has it.</summary>
    public long? OpenTicketId { get; init; }

    /// <summary>Active dialogs, innermost last.</summary>
    public IReadOnlyList<DialogFrame> DialogStack { get; init; } = [];
}
