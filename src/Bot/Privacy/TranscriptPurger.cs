using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WsisBot.Data;

namespace WsisBot.Bot.Privacy;

/// <summary>Deletes transcripts past the retention period, in the background, on every instance (the delete is idempotent).</summary>
public sealed class TranscriptPurger(IServiceScopeFactory scopes, IOptions<PrivacyOptions> options, TimeProvider clock, ILogger<TranscriptPurger> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(options.Value.PurgeIntervalMinutes), clock);
        do
        {
            try
            {
                await PurgeAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Transcript purge failed; trying again at the next interval.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WsisBotDbContext>();
        var cutoff = clock.GetUtcNow().AddDays(-options.Value.TranscriptRetentionDays);
        var deleted = await db.Transcript.Where(t => t.Timestamp < cutoff).ExecuteDeleteAsync(cancellationToken);
        if (deleted > 0)
        {
            logger.LogInformation("Deleted {Count} transcript entries older than {Cutoff:u}.", deleted, cutoff);
        }

        return deleted;
    }
}
