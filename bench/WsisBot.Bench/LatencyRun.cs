using System.Diagnostics;
using System.Globalization;

namespace WsisBot.Bench;

/// <summary>
/// Per-answer latency over the whole evaluation set (every question, many rounds), timed one call at a time:
/// the distribution BenchmarkDotNet's iteration means smooth out. Also times a cold and a warm corpus load.
/// </summary>
internal static class LatencyRun
{
    public static void Run(int rounds)
    {
        var cold = Stopwatch.StartNew();
        var bot = new Bot();
        cold.Stop();

        var samples = new List<double>();
        var byQuestion = bot.Questions.DistinctBy(q => q.Text).ToDictionary(q => q.Text, _ => new List<double>());
        var frames = bot.Questions.Select(bot.FrameBefore).ToList();
        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < bot.Questions.Count; i++)
            {
                var question = bot.Questions[i];
                var watch = Stopwatch.StartNew();
                bot.Ask(question.Text, question.Language, frames[i]);
                samples.Add(watch.Elapsed.TotalMilliseconds);
                byQuestion[question.Text].Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        samples.Sort();
        var warm = Stopwatch.StartNew();
        new Knowledge.Ingestion.CorpusLoader(Microsoft.Extensions.Logging.Abstractions.NullLogger<Knowledge.Ingestion.CorpusLoader>.Instance).Load(Bot.Corpus);
        warm.Stop();

        string Ms(double value) => value.ToString("0.000", CultureInfo.InvariantCulture) + " ms";
        Console.WriteLine($"answers timed: {samples.Count} ({bot.Questions.Count} turns of the evaluation sets, follow-ups read against their frame, × {rounds} rounds)");
        Console.WriteLine($"p50 {Ms(Percentile(samples, 50))}  p90 {Ms(Percentile(samples, 90))}  p99 {Ms(Percentile(samples, 99))}  max {Ms(samples[^1])}");
        Console.WriteLine($"first load incl. start-up (recognizers, JIT) and warm-up of every question: {Ms(cold.Elapsed.TotalMilliseconds)}");
        Console.WriteLine($"corpus ingestion, warm process, new loader: {Ms(warm.Elapsed.TotalMilliseconds)}");
        Console.WriteLine("slowest questions (median):");
        foreach (var (text, times) in byQuestion.OrderByDescending(q => Median(q.Value)).Take(5))
        {
            Console.WriteLine($"  {Ms(Median(times))}  {text}");
        }
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static double Percentile(List<double> sorted, int percent) =>
        sorted[Math.Clamp((int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
}
