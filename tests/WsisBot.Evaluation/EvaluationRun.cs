namespace WsisBot.Evaluation;

/// <summary>Asks every question of the set through a bot and grades the answers.</summary>
public static class EvaluationRun
{
    public static async Task<Scoreboard> RunAsync(EvaluationSet set, Grader grader, Func<EvaluationQuestion, int, Task<string>> ask)
    {
        var grades = new List<Grade>();
        for (var i = 0; i < set.Questions.Count; i++)
        {
            var question = set.Questions[i];
            grades.Add(grader.Judge(question, await ask(question, i)));
        }

        return new Scoreboard(grades, set.Targets);
    }
}
