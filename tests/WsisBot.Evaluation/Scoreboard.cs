using System.Globalization;
using System.Text;

namespace WsisBot.Evaluation;

/// <summary>The run's figures and whether they meet the targets.</summary>
public sealed record Scoreboard(IReadOnlyList<Grade> Grades, Targets Targets)
{
    public int Count => Grades.Count;

    public double Correct => Ratio(Grades.Count(g => g.Correct), Count);

    /// <summary>Answers stating at least one day or amount the letters do not state.</summary>
    public int WrongFacts => Grades.Count(g => g.Unsupported.Count > 0);

    public double AbstainedCorrectly => Ratio(Unanswerable.Count(g => g.Abstained), Unanswerable.Count());

    /// <summary>Share of factual answers (answered, citation required) that name their letter.</summary>
    public double CitationRate => Ratio(Factual.Count(g => g.Cited), Factual.Count());

    public bool MeetsTargets =>
        Correct >= Targets.Correct && WrongFacts <= Targets.WrongFacts && AbstainedCorrectly >= Targets.AbstainedCorrectly && CitationRate >= Targets.CitationRate;

    private IEnumerable<Grade> Unanswerable => Grades.Where(g => !g.Question.Answerable);

    private IEnumerable<Grade> Factual => Grades.Where(g => g.Question.Answerable && g.Question.CitationRequired && !g.Abstained);

    public string Report()
    {
        var text = new StringBuilder();
        foreach (var g in Grades.Where(g => !g.Correct))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"FAIL {g.Question.Id} [{g.Question.Locale}] {g.Question.Text}");
            if (g.Missing.Count > 0)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"     missing: {string.Join(" | ", g.Missing)}");
            }

            if (g.Unsupported.Count > 0)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"     not in the letters: {string.Join(" | ", g.Unsupported)}");
            }

            text.AppendLine(CultureInfo.InvariantCulture, $"     answer: {g.Answer.ReplaceLineEndings(" ")[..Math.Min(g.Answer.Length, 240)]}");
        }

        foreach (var g in Factual.Where(g => !g.Cited))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"NO SOURCE {g.Question.Id} [{g.Question.Locale}] {g.Question.Text}");
            text.AppendLine(CultureInfo.InvariantCulture, $"     answer: {g.Answer.ReplaceLineEndings(" ")[..Math.Min(g.Answer.Length, 240)]}");
        }

        var fr = Grades.Count(g => g.Question.Language == Knowledge.Language.French);
        text.AppendLine(CultureInfo.InvariantCulture, $"questions: {Count} ({fr} French, {Count - fr} English, {Unanswerable.Count()} unanswerable)");
        text.AppendLine(CultureInfo.InvariantCulture, $"correct: {Correct:P1} (target {Targets.Correct:P0})");
        text.AppendLine(CultureInfo.InvariantCulture, $"wrong-fact answers: {WrongFacts} (target {Targets.WrongFacts})");
        text.AppendLine(CultureInfo.InvariantCulture, $"abstained correctly: {AbstainedCorrectly:P1} of unanswerable (target {Targets.AbstainedCorrectly:P0})");
        text.AppendLine(CultureInfo.InvariantCulture, $"citation rate: {CitationRate:P1} of factual answers (target {Targets.CitationRate:P0})");
        text.AppendLine(MeetsTargets ? "targets: met" : "targets: MISSED");
        return text.ToString();
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 1 : part / (double)whole;
}
