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
    public static async Task<Measurement> DriveAsync(BenchOptions options, Func<int, string, string, Task> ask)
    {
        var measured = new Latencies();
        var errors = 0;
        using var self = Process.GetCurrentProcess();
        var bots = (options.BotProcessIds ?? []).Select(Process.GetProcessById).ToList();
        var measuredProcesses = bots.Count == 0 ? [self] : bots;
        var startupPeak = measuredProcesses.Max(p => p.PeakWorkingSet64);
        var peakReset = measuredProcesses.All(PeakWorkingSet.TryReset);
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
        var selfBefore = self.TotalProcessorTime;
        var botsBefore = BusyTime(bots);
        var measureStart = clock.Elapsed;
        await Task.WhenAll(conversations);
        var elapsed = clock.Elapsed - measureStart;
        self.Refresh();
        bots.ForEach(b => b.Refresh());
        var measurement = new Measurement(
            measured,
            errors,
            (self.TotalProcessorTime - selfBefore) / elapsed,
            bots.Count == 0 ? null : (BusyTime(bots) - botsBefore) / elapsed,
            measuredProcesses.Max(p => p.PeakWorkingSet64),
            peakReset ? startupPeak : null);
        bots.ForEach(b => b.Dispose());
        return measurement;
    }

    private static TimeSpan BusyTime(List<Process> processes) => processes.Aggregate(TimeSpan.Zero, (sum, p) => sum + p.TotalProcessorTime);

    public static BenchReport Report(BenchOptions options, Measurement m, long transcriptRows, long channelRows, string channelRowsLabel) => new(
        options, m.Latencies.Count, m.Latencies.Count / options.Duration.TotalSeconds, m.Latencies.Percentile(50), m.Latencies.Percentile(90),
        m.Latencies.Percentile(99), m.Latencies.Max, m.Errors, m.CoresBusy, m.BotCoresBusy, m.PeakWorkingSetBytes, m.StartupPeakBytes, transcriptRows, channelRows, channelRowsLabel);
}

/// <summary>
/// What one run measured. <see cref="CoresBusy"/> is this process; <see cref="BotCoresBusy"/> (summed) and the peak working
/// set (the largest) are the bots' own processes when they run apart (<c>--pid</c>), else this process's. The peak is
/// the one under load when the kernel could reset it as the load began (<see cref="StartupPeakBytes"/> is then the one
/// before), else the process's whole life.
/// </summary>
public sealed record Measurement(Latencies Latencies, int Errors, double CoresBusy, double? BotCoresBusy, long PeakWorkingSetBytes, long? StartupPeakBytes);
