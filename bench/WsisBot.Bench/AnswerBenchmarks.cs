using BenchmarkDotNet.Attributes;
using WsisBot.Knowledge;

namespace WsisBot.Bench;

/// <summary>One answer in-process (understand + answer), for each kind of question. Goal: p50 ≤ 1 ms, p99 ≤ 5 ms.</summary>
[MemoryDiagnoser]
public class AnswerBenchmarks
{
    private Bot _bot = null!;

    [Params(
        "When is the deadline for the WSIS Prizes?",
        "Combien coûte le partenariat Or ?",
        "What is the difference between Gold and Silver?",
        "Où se tient le Forum du SMSI ?",
        "Is 16 March too late for the prizes?",
        "How many participants attended in 2025?",
        "What's the weather like in Geneva in July?")]
    public string Question { get; set; } = string.Empty;

    private Language _language;

    [GlobalSetup]
    public void Setup()
    {
        _bot = new Bot();
        _language = _bot.Answers.DetectLanguage(Question) ?? Language.English;
    }

    [Benchmark]
    public Answer Answer() => _bot.Ask(Question, _language);
}
