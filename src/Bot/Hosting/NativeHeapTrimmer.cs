using WsisBot.Knowledge;
using WsisBot.Knowledge.Facts;

namespace WsisBot.Bot.Hosting;

/// <summary>
/// Gives the native memory glibc holds free back to the OS, after every load of the letters and every few seconds.
/// Reading the letters runs Recognizers-Text, whose number parsers compile regular expressions at run time; the JIT's
/// scratch memory for them (about 80 MiB) is freed when done (bench/LOADBENCH.md, "Session 3: memory": 270 →
/// 204–208 MiB idle). Under load, SQLite's statements and the JIT's tier-up leave freed blocks between live ones in
/// glibc's arenas, which <c>free</c> cannot return: about 24 MiB of the working set after a minute of load, which a
/// trim every 5 s keeps away (Direct Line, peak under load 285–291 → 267–271 MiB; "Session 6" there).
/// </summary>
internal sealed partial class NativeHeapTrimmer(KnowledgeBase knowledge, TimeProvider clock, ILogger<NativeHeapTrimmer> logger)
    : PeriodicJob(clock, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromSeconds(5);

    protected override bool IsEnabled => NativeHeap.IsAvailable;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        knowledge.Changed += OnLoaded;
        if (knowledge.IsReady)
        {
            AfterLoad();
        }

        return base.StartAsync(cancellationToken);
    }

    public override Task StopAsync(CancellationToken cancellationToken)
    {
        knowledge.Changed -= OnLoaded;
        return base.StopAsync(cancellationToken);
    }

    protected override Task RunOnceAsync(CancellationToken cancellationToken)
    {
        NativeHeap.Trim();
        return Task.CompletedTask;
    }

    private void OnLoaded(KnowledgeSnapshot snapshot) => AfterLoad();

    private void AfterLoad()
    {
        var before = Environment.WorkingSet;
        if (NativeHeap.Trim())
        {
            LogTrimmed(before >> 20, Environment.WorkingSet >> 20);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Letters loaded; native memory freed while reading them returned to the OS (working set {BeforeMiB} → {AfterMiB} MiB)")]
    private partial void LogTrimmed(long beforeMiB, long afterMiB);
}
