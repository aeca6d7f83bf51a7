using System.Text.Json;
using WsisBot.Knowledge;

namespace WsisBot.Evaluation;

/// <summary>
/// An evaluation set: single questions (<see cref="Questions"/>) and conversations (<see cref="Dialogues"/>), each turn with
/// what its reply must say, and the clock the run uses. A single question is a conversation of one turn.
/// </summary>
public sealed record EvaluationSet(
    string Description,
    DateTimeOffset Clock,
    Targets? Targets = null,
    IReadOnlyList<EvaluationQuestion>? Questions = null,
    IReadOnlyList<Dialogue>? Dialogues = null)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip };

    /// <summary>The team's set, written beside the code; its targets are the run's.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "questions.json");

    /// <summary>Every set shipped beside the harness: the team's first, then the outsiders' (<c>outsider-*.json</c>).</summary>
    public static IReadOnlyList<string> ShippedPaths =>
        [DefaultPath, .. Directory.GetFiles(AppContext.BaseDirectory, "outsider-*.json").Order(StringComparer.Ordinal)];

    /// <summary>Every conversation of the set, single questions first.</summary>
    public IReadOnlyList<Dialogue> Conversations { get; } =
        [.. (Questions ?? []).Select(q => q.AsDialogue()), .. Dialogues ?? []];

    /// <summary>The set's name, from its file ("questions", "outsider-dialogues").</summary>
    public string Name { get; init; } = "set";

    public static EvaluationSet Load(string? path = null)
    {
        path ??= DefaultPath;
        var set = JsonSerializer.Deserialize<EvaluationSet>(File.ReadAllText(path), Json) ?? throw new InvalidDataException($"Empty evaluation set: {path}.");
        return set with { Name = Path.GetFileNameWithoutExtension(path) };
    }
}

/// <summary>Thresholds a run must meet, on all its sets together.</summary>
/// <param name="LanguageRate">Share of replies written in the language of the question's words.</param>
public sealed record Targets(double Correct, int WrongFacts, double AbstainedCorrectly, double CitationRate, double LanguageRate = 0.98);

/// <summary>A single question as a stakeholder would type it (the team set's format): a conversation of one turn.</summary>
/// <param name="MustContain">Facts the answer must state, as written in the asker's language ("15 mars 2026", "CHF 100,000").</param>
/// <param name="CitationRequired">True when the answer must name the letter it rests on.</param>
public sealed record EvaluationQuestion(
    string Id,
    string Locale,
    string Text,
    bool Answerable,
    IReadOnlyList<string>? MustContain = null,
    bool CitationRequired = false,
    IReadOnlyList<string>? MustNotContain = null,
    string? Language = null,
    string? StartsWith = null,
    string? OpensForm = null,
    bool OpensNoForm = false)
{
    public Dialogue AsDialogue() =>
        new(Id, Locale, [new EvaluationTurn(Text, null, Language, Answerable, MustContain, MustNotContain, StartsWith, CitationRequired, OpensForm, OpensNoForm)]);
}

/// <summary>One conversation: its turns are sent in order in one conversation.</summary>
/// <param name="Locale">The client's locale (Teams' or the web page's language), which need not be the language of the words.</param>
public sealed record Dialogue(string Id, string Locale, IReadOnlyList<EvaluationTurn> Turns);

/// <summary>What the user types in one turn and what the reply must say.</summary>
/// <param name="Locale">The turn's locale when it differs from the conversation's.</param>
/// <param name="Language">"fr" or "en": the language the reply must be written in; by default the locale's.</param>
/// <param name="MustContain">Facts the reply must state; an entry "a || b" accepts either.</param>
/// <param name="MustNotContain">Figures that would be wrong here (another edition's date, another tier's price).</param>
/// <param name="StartsWith">For a yes/no question: the reply's first word ("No || Non").</param>
/// <param name="OpensForm">The form the message asks to start, by its titles ("Forum partnership interest || Intérêt pour un
/// partenariat du Forum"): the reply must open it, or say its call is closed.</param>
/// <param name="OpensNoForm">The message only asks about a submission: the reply must not open a form.</param>
public sealed record EvaluationTurn(
    string Text,
    string? Locale,
    string? Language,
    bool Answerable,
    IReadOnlyList<string>? MustContain = null,
    IReadOnlyList<string>? MustNotContain = null,
    string? StartsWith = null,
    bool CitationRequired = false,
    string? OpensForm = null,
    bool OpensNoForm = false)
{
    public Language ReplyLanguage(string dialogueLocale) =>
        Language switch
        {
            "fr" => Knowledge.Language.French,
            "en" => Knowledge.Language.English,
            _ => LanguageExtensions.FromLocale(Locale ?? dialogueLocale) ?? Knowledge.Language.English,
        };
}
