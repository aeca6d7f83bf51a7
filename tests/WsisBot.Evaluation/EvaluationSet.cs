using System.Text.Json;
using WsisBot.Knowledge;

namespace WsisBot.Evaluation;

/// <summary>The question set: each question with the facts its answer must contain, and the clock the run uses.</summary>
public sealed record EvaluationSet(string Description, DateTimeOffset Clock, Targets Targets, IReadOnlyList<EvaluationQuestion> Questions)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "questions.json");

    public static EvaluationSet Load(string? path = null) =>
        JsonSerializer.Deserialize<EvaluationSet>(File.ReadAllText(path ?? DefaultPath), Json)
        ?? throw new InvalidDataException("Empty evaluation set.");
}

/// <summary>Thresholds a run must meet.</summary>
public sealed record Targets(double Correct, int WrongFacts, double AbstainedCorrectly, double CitationRate);

/// <summary>A question as a stakeholder would type it.</summary>
/// <param name="MustContain">Facts the answer must state, as written in the asker's language ("15 mars 2026", "CHF 100,000").</param>
/// <param name="CitationRequired">True when the answer must name the letter it rests on.</param>
public sealed record EvaluationQuestion(
    string Id,
    string Locale,
    string Text,
    bool Answerable,
    IReadOnlyList<string>? MustContain = null,
    bool CitationRequired = false)
{
    public Language Language => LanguageExtensions.FromLocale(Locale) ?? Language.English;
}
