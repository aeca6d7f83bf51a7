using WsisBot.Knowledge;
using WsisBot.Knowledge.Facts;

namespace WsisBot.Bot.Hosting;

/// <summary>
/// Gives the native memory that loading the letters freed back to the OS, after every load. Reading the letters
/// runs Recognizers-Text, whose number parsers compile regular expressions at run time; the JIT's scratch memory for
/// them (about 80 MiB) is freed when done, but glibc keeps blocks of that size in its arenas, where they would stay
/// in the working set for the life of the process (bench/LOADBENCH.md, "Session 3: memory": 270 → 204–208 MiB idle).
/// </summary>
internal sealed partial class NativeHeapTrimmer(KnowledgeBase knowledge, ILogger<NativeHeapTrimmer> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        knowledge.Changed += OnLoaded;
        if (knowledge.IsReady)
        {
            Trim();
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        knowledge.Changed -= OnLoaded;
        return Task.CompletedTask;
    }

    private void OnLoaded(KnowledgeSnapshot snapshot) => Trim();

    private void Trim()
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
