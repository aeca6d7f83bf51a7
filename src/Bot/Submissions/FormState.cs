namespace WsisBot.Bot.Submissions;

public enum FormStep
{
    Filling,
    Reviewing,
}

/// <summary>
/// A submission in progress. <see cref="Nonce"/> is written into every card of the current step: a submit
/// carrying another nonce comes from an old card, a double click, or another conversation.
/// </summary>
public sealed record FormState
{
    public required string Form { get; init; }
    public FormStep Step { get; init; }
    public required string Nonce { get; init; }
    public Dictionary<string, string> Values { get; init; } = [];
    public Dictionary<string, string> Errors { get; init; } = [];

    /// <summary>The field asked next when the user answers by text.</summary>
    public string? Field { get; init; }

    /// <summary>Consecutive failed attempts at the current step.</summary>
    public int Failures { get; init; }
}
