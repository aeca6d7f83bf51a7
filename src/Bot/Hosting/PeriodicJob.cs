namespace WsisBot.Bot.Hosting;

/// <summary>
/// A background job that runs once at start, then every <see cref="Interval"/>; a failed round is logged and the
/// next one tries again, so a passing outage never stops the job. When the host stops, the round in progress is
/// cancelled: a job must leave its work as the next start can pick it up.
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
            // A timeout (TaskCanceledException) is a failed round too: only the host's stop ends the job.
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "{Job} failed this round; it runs again in {Interval}.", GetType().Name, Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
