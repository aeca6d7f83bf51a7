using WsisBot.Evaluation;
using Xunit.Abstractions;

namespace WsisBot.Knowledge.Tests;

/// <summary>The evaluation set through <see cref="IAnswerService"/> in-process: guards the targets in CI (the HTTP run is tests/WsisBot.Evaluation).</summary>
public sealed class EvaluationSetTests(ITestOutputHelper output)
{
    [Fact]
    public void Set_is_large_bilingual_and_has_unanswerables()
    {
        var questions = EvaluationSet.Load().Questions!;
        Assert.True(questions.Count >= 150);
        var french = questions.Count(q => q.Locale.StartsWith("fr", StringComparison.Ordinal));
        Assert.InRange(french, questions.Count / 2 - 5, questions.Count / 2 + 5);
        Assert.True(questions.Count(q => !q.Answerable) >= 30);
        Assert.All(questions.Where(q => q.Answerable), q => Assert.NotEmpty(q.MustContain!));
        Assert.Equal(questions.Count, questions.Select(q => q.Id).Distinct().Count());
    }

    [Fact]
    public async Task Answers_meet_the_targets_in_process()
    {
        var set = EvaluationSet.Load();
        var knowledge = new Knowledge(set.Clock.ToString("O"));
        var grader = new Grader(Knowledge.ShippedSnapshot, set.Clock);

        var board = await EvaluationRun.RunAsync([set], grader, set.Targets!, (_, locale, text) =>
        {
            var language = knowledge.Service.DetectLanguage(text) ?? LanguageExtensions.FromLocale(locale) ?? Language.English;
            return Task.FromResult(knowledge.Ask(text, language).Text);
        });

        output.WriteLine(board.Report());
        Assert.True(board.MeetsTargets, board.Report());
        Assert.Equal(0, board.All.WrongFacts);
    }
}
