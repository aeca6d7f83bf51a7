using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WsisBot.Bot.Hosting;
using WsisBot.Data;

namespace WsisBot.Bot.Privacy;

/// <summary>Deletes transcripts past the retention period, in the background, on every instance (the delete is idempotent).</summary>
public sealed class TranscriptPurger(IServiceScopeFactory scopes, IOptions<PrivacyOptions> options, TimeProvider clock, ILogger<TranscriptPurger> logger)
    : PeriodicJob(clock, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromMinutes(options.Value.PurgeIntervalMinutes);

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WsisBotDbContext>();
        var cutoff = Clock.GetUtcNow().AddDays(-options.Value.TranscriptRetentionDays);
        var deleted = await db.Transcript.Where(t => t.Timestamp < cutoff).ExecuteDeleteAsync(cancellationToken);
        if (deleted > 0)
        {
            logger.LogInformation("Deleted {Count} transcript entries older than {Cutoff:u}.", deleted, cutoff);
        }
    }
}
