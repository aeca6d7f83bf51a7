using Microsoft.EntityFrameworkCore;
using WsisBot.Data;
using WsisBot.Data.Conversations;

namespace WsisBot.Bot.Turns;

/// <summary>Records in the transcript whether an outgoing activity reached its channel (through the writer, as turns save).</summary>
public sealed class TranscriptDelivery(IServiceScopeFactory scopes, IDatabaseWriter writer)
{
    public Task DeliveredAsync(long entryId, string? channelActivityId, CancellationToken cancellationToken) =>
        UpdateAsync(entryId, DeliveryStatus.Delivered, channelActivityId, null, cancellationToken);

    public Task UndeliveredAsync(long entryId, string error, CancellationToken cancellationToken) =>
        UpdateAsync(entryId, DeliveryStatus.Undelivered, null, error.Length > 2000 ? error[..2000] : error, cancellationToken);

    private async Task UpdateAsync(long entryId, DeliveryStatus status, string? activityId, string? error, CancellationToken cancellationToken)
    {
        if (entryId == 0)
        {
            // An activity that has no row: the apology of a turn whose transcript could not be written either.
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WsisBotDbContext>();
        await writer.WriteAsync(db, (context, token) => context.Transcript.Where(t => t.Id == entryId).ExecuteUpdateAsync(
            set => set
                .SetProperty(t => t.Delivery, status)
                .SetProperty(t => t.ActivityId, t => activityId ?? t.ActivityId)
                .SetProperty(t => t.DeliveryError, error),
            token), cancellationToken);
    }
}
