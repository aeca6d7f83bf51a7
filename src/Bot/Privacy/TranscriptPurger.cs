using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WsisBot.Bot.Hosting;
using WsisBot.Data;

namespace WsisBot.Bot.Privacy;

/// <summary>
/// Deletes transcripts past the retention period, in the background, on every instance (the delete is idempotent), and
/// with them the Direct Line log's copies of the same activities and the Direct Line conversations idle since then.
/// </summary>
public sealed class TranscriptPurger(
    IServiceScopeFactory scopes, IDatabaseWriter writer, IOptions<PrivacyOptions> options, TimeProvider clock, ILogger<TranscriptPurger> logger)
    : PeriodicJob(clock, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromMinutes(options.Value.PurgeIntervalMinutes);

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WsisBotDbContext>();
        var cutoff = Clock.GetUtcNow().AddDays(-options.Value.TranscriptRetentionDays);
        var (transcript, log, conversations) = await writer.WriteAsync(db, async (context, token) => (
            await context.Transcript.Where(t => t.Timestamp < cutoff).ExecuteDeleteAsync(token),
            await context.DirectLineActivities.Where(a => a.Timestamp < cutoff).ExecuteDeleteAsync(token),
            // Every activity of a conversation idle since the cutoff is older than it, so its log is already empty.
            await context.DirectLineConversations.Where(c => c.LastActivityAt < cutoff).ExecuteDeleteAsync(token)), cancellationToken);
        if (transcript + log + conversations > 0)
        {
            logger.LogInformation(
                "Deleted {Transcript} transcript entries, {Log} Direct Line log entries and {Conversations} Direct Line conversations older than {Cutoff:u}.",
                transcript, log, conversations, cutoff);
        }
    }
}
