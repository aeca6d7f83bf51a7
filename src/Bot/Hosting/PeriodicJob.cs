namespace WsisBot.Bot.Hosting;

/// <summary>
/// A background job that runs once at start, then every <see cref="Interval"/>; a failed round is logged and the
/// next one tries again, so a passing outage never stops the job.
/// </summary>
public abstract class PeriodicJob(TimeProvider clock, ILogger logger) : BackgroundService
{
    /// <summary>The job's clock, for subclasses (one capture of it, here).</summary>
    protected TimeProvider Clock => clock;

    protected abstract TimeSpan Interval { get; }

    /// <summary>False to stay idle (the job is not configured).</summary>
    protected virtual bool IsEnabled => true;

    protected abstract Task RunOnceAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!IsEnabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "{Job} failed this round; it runs again in {Interval}.", GetType().Name, Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
