using System.Diagnostics;

namespace WsisBot.LoadBench;

/// <summary>
/// The measuring loop both channels share: each conversation asks question after question until the time is up;
/// only turns sent after the warm-up and finished before the end count.
/// </summary>
public static class Turns
{
    private static readonly (string Text, string Locale)[] Questions =
    [
        ("Quelle est la date limite pour les prix du SMSI ?", "fr-FR"),
        ("How much is a Gold partnership?", "en-US"),
        ("Où et quand a lieu le Forum ?", "fr-FR"),
        ("When is the deadline for the open consultation?", "en-US"),
        ("aide", "fr-FR"),
        ("help", "en-US"),
    ];

    /// <summary>Runs <paramref name="ask"/>(conversation index, text, locale) in a loop per conversation; returns latencies, errors and cores busy.</summary>
    public static async Task<(Latencies Measured, int Errors, double CoresBusy)> DriveAsync(BenchOptions options, Func<int, string, string, Task> ask)
    {
        var measured = new Latencies();
        var errors = 0;
        var clock = Stopwatch.StartNew();
        var until = options.Warmup + options.Duration;
        var conversations = Enumerable.Range(0, options.Conversations).Select(index => Task.Run(async () =>
        {
            for (var turn = index; clock.Elapsed < until; turn++)
            {
                var (text, locale) = Questions[turn % Questions.Length];
                var sent = clock.Elapsed;
                try
                {
                    await ask(index, text, locale);
                }
                catch (Exception ex) when (ex is HttpRequestException or TimeoutException or System.Net.WebSockets.WebSocketException)
                {
                    Interlocked.Increment(ref errors);
                    continue;
                }

                if (sent >= options.Warmup && clock.Elapsed <= until)
                {
                    measured.Add(clock.Elapsed - sent);
                }
            }
        })).ToList();

        await Task.Delay(options.Warmup);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var measureStart = clock.Elapsed;
        await Task.WhenAll(conversations);
        var cores = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore) / (clock.Elapsed - measureStart);
        return (measured, errors, cores);
    }

    public static BenchReport Report(BenchOptions options, Latencies measured, int errors, double cores, long transcriptRows, long channelRows, string channelRowsLabel) => new(
        options, measured.Count, measured.Count / options.Duration.TotalSeconds, measured.Percentile(50), measured.Percentile(90),
        measured.Percentile(99), measured.Max, errors, cores, Process.GetCurrentProcess().PeakWorkingSet64, transcriptRows, channelRows, channelRowsLabel);
}
