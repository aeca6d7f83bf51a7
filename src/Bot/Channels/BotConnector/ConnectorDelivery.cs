using WsisBot.Bot.Protocol;
using WsisBot.Bot.Turns;

namespace WsisBot.Bot.Channels.BotConnector;

/// <summary>
/// Posts a turn's replies to the channel's Bot Connector, in order, and records each outcome in the
/// transcript. A reply that fails after the HTTP client's retries is logged and kept as undelivered.
/// </summary>
public sealed class ConnectorDelivery(ConnectorClient connector, TranscriptDelivery transcript, ILogger<ConnectorDelivery> logger)
{
    public async Task DeliverAsync(IReadOnlyList<OutgoingActivity> outgoing, CancellationToken cancellationToken)
    {
        foreach (var item in outgoing)
        {
            try
            {
                var id = await connector.SendAsync(item.Activity, cancellationToken);
                await transcript.DeliveredAsync(item.TranscriptEntryId, id, CancellationToken.None);
            }
            catch (Exception ex) when (IsDeliveryFailure(ex))
            {
                logger.LogError(ex, "Reply to conversation {Conversation} on {Channel} was not delivered.",
                    item.Activity.Conversation?.Id, item.Activity.ChannelId);
                await transcript.UndeliveredAsync(item.TranscriptEntryId, ex.Message, CancellationToken.None);
            }
        }
    }

    private static bool IsDeliveryFailure(Exception ex) =>
        ex is HttpRequestException or TaskCanceledException or ArgumentException
            or Polly.Timeout.TimeoutRejectedException or Microsoft.Identity.Client.MsalException;
}
