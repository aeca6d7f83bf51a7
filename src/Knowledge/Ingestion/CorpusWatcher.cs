using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WsisBot.Knowledge.Facts;

namespace WsisBot.Knowledge.Ingestion;

/// <summary>
/// Loads the corpus at start-up (in the background: <see cref="KnowledgeBase.IsReady"/> tells when done) and
/// reloads it when a letter is added, changed, renamed or removed, once the folder has been quiet for
/// <see cref="KnowledgeOptions.ReloadDelay"/>. A failed reload is logged and the previous snapshot stays.
/// </summary>
public sealed partial class CorpusWatcher(
    KnowledgeBase knowledge,
    IOptions<KnowledgeOptions> options,
    TimeProvider time,
    ILogger<CorpusWatcher> logger) : IHostedService, IDisposable
{
    private FileSystemWatcher? _watcher;
    private ITimer? _debounce;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var folder = options.Value.CorpusPath;
        _debounce = time.CreateTimer(_ => Reload(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _watcher = new FileSystemWatcher(folder)
        {
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
            IncludeSubdirectories = false,
        };
        _watcher.Created += OnChange;
        _watcher.Changed += OnChange;
        _watcher.Deleted += OnChange;
        _watcher.Renamed += OnChange;
        _watcher.Error += (_, e) =>
        {
            LogWatcherError(e.GetException());
            Schedule();
        };
        _watcher.EnableRaisingEvents = true;
        _ = Task.Run(Reload, CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        if (_watcher is not null)
        {
            _watcher.EnableRaisingEvents = false;
        }

        _debounce?.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _debounce?.Dispose();
    }

    private void OnChange(object sender, FileSystemEventArgs e) => Schedule();

    private void Schedule() => _debounce?.Change(options.Value.ReloadDelay, Timeout.InfiniteTimeSpan);

    private void Reload()
    {
        try
        {
            knowledge.Reload();
        }
        catch (Exception exception)
        {
            LogReloadFailed(exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Corpus reload failed; the previous letters stay in force")]
    private partial void LogReloadFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Corpus watcher error; reloading the whole folder")]
    private partial void LogWatcherError(Exception exception);
}
