namespace WsisBot.Evaluation;

/// <summary>Runs every conversation of the sets through a bot, turn by turn, and grades each reply.</summary>
public static class EvaluationRun
{
    /// <summary>Asks one turn of a conversation: (conversation key, locale, text) → the bot's reply.</summary>
    public delegate Task<string> Ask(string conversation, string locale, string text);

    public static async Task<Scoreboard> RunAsync(IReadOnlyList<EvaluationSet> sets, Grader grader, Targets targets, Ask ask)
    {
        var grades = new List<Grade>();
        foreach (var set in sets)
        {
            foreach (var dialogue in set.Conversations)
            {
                var conversation = $"{set.Name}-{dialogue.Id}";
                for (var i = 0; i < dialogue.Turns.Count; i++)
                {
                    var turn = dialogue.Turns[i];
                    var reply = await ask(conversation, turn.Locale ?? dialogue.Locale, turn.Text);
                    grades.Add(grader.Judge(set.Name, dialogue, i, reply));
                }
            }
        }

        return new Scoreboard(grades, targets);
    }
}
