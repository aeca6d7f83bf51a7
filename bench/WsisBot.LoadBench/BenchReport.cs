using System.Globalization;

namespace WsisBot.LoadBench;

public sealed record BenchReport(
    BenchOptions Options,
    int Turns,
    double TurnsPerSecond,
    TimeSpan P50,
    TimeSpan P90,
    TimeSpan P99,
    TimeSpan Max,
    int Errors,
    double CoresBusy,
    double? BotCoresBusy,
    long PeakWorkingSetBytes,
    long? StartupPeakBytes,
    long TranscriptRows,
    long ChannelRows,
    string ChannelRowsLabel)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"""
        turns measured      {Turns} in {Options.Duration.TotalSeconds:0} s
        sustained           {TurnsPerSecond:0} turns/s
        latency POST→reply  p50 {P50.TotalMilliseconds:0.0} ms, p90 {P90.TotalMilliseconds:0.0} ms, p99 {P99.TotalMilliseconds:0.0} ms, max {Max.TotalMilliseconds:0.0} ms
        errors              {Errors}
        CPU                 {Cpu}
        peak working set    {Peak}
        persisted           {(TranscriptRows < 0 ? $"(no --database: not counted); {ChannelRows} {ChannelRowsLabel}" : $"{TranscriptRows} transcript rows, {ChannelRows} {ChannelRowsLabel}")}
        """);

    private string Peak => string.Create(CultureInfo.InvariantCulture, $"{PeakWorkingSetBytes / 1024 / 1024} MiB ({(BotCoresBusy is null ? "the whole process" : "the largest bot process")}, ")
        + (StartupPeakBytes is { } startup
            ? string.Create(CultureInfo.InvariantCulture, $"under load; {startup / 1024 / 1024} MiB before it, from start-up)")
            : "its whole life: the kernel would not reset the peak)");

    private string Cpu => BotCoresBusy is { } bot
        ? string.Create(CultureInfo.InvariantCulture, $"bots {bot:0.00} cores busy ({bot * 1000 / Math.Max(1, TurnsPerSecond):0.00} ms of CPU per turn), clients {CoresBusy:0.00} cores (own process)")
        : string.Create(CultureInfo.InvariantCulture, $"{CoresBusy:0.00} cores busy ({Options.Instances} bot instance(s) and the clients in one process)");
}
