using WsisBot.Evaluation;
using Xunit.Abstractions;

namespace WsisBot.Knowledge.Tests;

/// <summary>The evaluation set through <see cref="IAnswerService"/> in-process: guards the targets in CI (the HTTP run is tests/WsisBot.Evaluation).</summary>
public sealed class EvaluationSetTests(ITestOutputHelper output)
{
    [Fact]
    public void Set_is_large_bilingual_and_has_unanswerables()
    {
        var set = EvaluationSet.Load();
        Assert.True(set.Questions.Count >= 150);
        var french = set.Questions.Count(q => q.Language == Language.French);
        Assert.InRange(french, set.Questions.Count / 2 - 5, set.Questions.Count / 2 + 5);
        Assert.True(set.Questions.Count(q => !q.Answerable) >= 30);
        Assert.All(set.Questions.Where(q => q.Answerable), q => Assert.NotEmpty(q.MustContain!));
        Assert.Equal(set.Questions.Count, set.Questions.Select(q => q.Id).Distinct().Count());
    }

    [Fact]
    public async Task Answers_meet_the_targets_in_process()
    {
        var set = EvaluationSet.Load();
        var knowledge = new Knowledge(set.Clock.ToString("O"));
        var grader = new Grader(Knowledge.ShippedSnapshot, set.Clock);

        var board = await EvaluationRun.RunAsync(set, grader, (q, _) =>
        {
            var language = LanguageExtensions.FromLocale(q.Locale) ?? Language.English;
            return Task.FromResult(knowledge.Ask(q.Text, language).Text);
        });

        output.WriteLine(board.Report());
        Assert.True(board.MeetsTargets, board.Report());
        Assert.Equal(0, board.WrongFacts);
    }
}
