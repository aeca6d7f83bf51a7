using System.Globalization;
using System.Text;

namespace WsisBot.Evaluation;

/// <summary>The run's figures, on all sets together and per set, and whether they meet the targets.</summary>
public sealed record Scoreboard(IReadOnlyList<Grade> Grades, Targets Targets)
{
    public Figures All => new(Grades);

    public bool MeetsTargets =>
        All.Correct >= Targets.Correct && All.WrongFacts <= Targets.WrongFacts && All.AbstainedCorrectly >= Targets.AbstainedCorrectly
        && All.CitationRate >= Targets.CitationRate && All.LanguageRate >= Targets.LanguageRate;

    public string Report()
    {
        var text = new StringBuilder();
        foreach (var g in Grades.Where(g => !g.Correct))
        {
            var where = g.InConversation ? $"{g.Dialogue.Id}#{g.Turn + 1}" : g.Dialogue.Id;
            text.AppendLine(CultureInfo.InvariantCulture, $"FAIL {g.Set} {where} [{g.Item.Locale ?? g.Dialogue.Locale}→{g.ExpectedLanguage}] {g.Item.Text}");
            Line(text, "missing", g.Missing);
            Line(text, "wrong here", g.Forbidden);
            Line(text, "not in the letters", g.Unsupported);
            if (!g.InLanguage)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"     not in {g.ExpectedLanguage}");
            }

            text.AppendLine(CultureInfo.InvariantCulture, $"     reply: {Short(g.Answer)}");
        }

        foreach (var g in Figures.FactualOf(Grades).Where(g => !g.Cited))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"NO SOURCE {g.Set} {g.Dialogue.Id}#{g.Turn + 1} {g.Item.Text}");
        }

        text.AppendLine();
        text.AppendLine("set                        turns  correct  single  in conv.  wrong facts  abstained  cited   language");
        foreach (var set in Grades.GroupBy(g => g.Set))
        {
            text.AppendLine(new Figures([.. set]).Row(set.Key));
        }

        text.AppendLine(All.Row("all"));
        text.AppendLine(CultureInfo.InvariantCulture,
            $"targets: correct {Targets.Correct:P0}, wrong facts {Targets.WrongFacts}, abstained {Targets.AbstainedCorrectly:P0}, cited {Targets.CitationRate:P0}, language {Targets.LanguageRate:P0}");
        text.AppendLine(MeetsTargets ? "targets: met" : "targets: MISSED");
        return text.ToString();
    }

    private static void Line(StringBuilder text, string what, IReadOnlyList<string> items)
    {
        if (items.Count > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"     {what}: {string.Join(" | ", items)}");
        }
    }

    private static string Short(string answer)
    {
        var line = answer.ReplaceLineEndings(" ");
        return line[..Math.Min(line.Length, 300)];
    }
}

/// <summary>The figures of a group of grades.</summary>
public sealed record Figures(IReadOnlyList<Grade> Grades)
{
    public int Count => Grades.Count;

    public double Correct => Ratio(Grades.Count(g => g.Correct), Count);

    /// <summary>Replies stating a day or amount no letter states, or a figure the item marks as wrong here.</summary>
    public int WrongFacts => Grades.Count(g => g.WrongFact);

    public double AbstainedCorrectly => Ratio(Unanswerable.Count(g => g.Abstained), Unanswerable.Count());

    /// <summary>Share of factual replies (answered, citation required) that name their letter.</summary>
    public double CitationRate => Ratio(FactualOf(Grades).Count(g => g.Cited), FactualOf(Grades).Count());

    public double LanguageRate => Ratio(Grades.Count(g => g.InLanguage), Count);

    private IEnumerable<Grade> Unanswerable => Grades.Where(g => !g.Item.Answerable);

    public static IEnumerable<Grade> FactualOf(IEnumerable<Grade> grades) => grades.Where(g => g.Item.Answerable && g.Item.CitationRequired && !g.Abstained);

    public string Row(string name)
    {
        var single = Grades.Where(g => !g.InConversation).ToList();
        var conversation = Grades.Where(g => g.InConversation).ToList();
        return string.Create(CultureInfo.InvariantCulture,
            $"{name,-26} {Count,5}  {Correct,7:P1}  {Rate(single),6}  {Rate(conversation),8}  {WrongFacts,11}  {AbstainedCorrectly,9:P1}  {CitationRate,6:P1}  {LanguageRate,8:P1}");
    }

    private static string Rate(List<Grade> grades) =>
        grades.Count == 0 ? "—" : Ratio(grades.Count(g => g.Correct), grades.Count).ToString("P1", CultureInfo.InvariantCulture);

    private static double Ratio(int part, int whole) => whole == 0 ? 1 : part / (double)whole;
}
