using WsisBot.Knowledge;

namespace WsisBot.Bot.Submissions;

public enum FieldKind
{
    Text,
    MultilineText,
    Email,
    Phone,
    Url,
    Country,
    Choice,
    MultiChoice,
    Amount,
}

/// <summary>A value a user can pick, in both languages.</summary>
public sealed record FieldChoice(string Value, string French, string English)
{
    public string Title(Language language) => language.Pick(French, English);
}

/// <summary>One field of a submission form: how it is asked, shown and checked.</summary>
public sealed record FormField(string Id, FieldKind Kind, string French, string English, bool Required = true)
{
    public int MaxLength { get; init; } = Kind == FieldKind.MultilineText ? 4000 : 200;

    public decimal? Min { get; init; }

    public decimal? Max { get; init; }

    /// <summary>Fixed choices, or choices read from the letters' facts when the form is shown.</summary>
    public Func<FormFacts, IReadOnlyList<FieldChoice>>? Choices { get; init; }

    public string Label(Language language) => language.Pick(French, English);
}
