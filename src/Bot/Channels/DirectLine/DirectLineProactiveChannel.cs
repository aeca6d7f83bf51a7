using WsisBot.Bot.Protocol;
using WsisBot.Bot.Turns;

namespace WsisBot.Bot.Channels.DirectLine;

/// <summary>Proactive messages into the bot's own Direct Line conversations: appended to the conversation's log by the turn pipeline.</summary>
public sealed class DirectLineProactiveChannel(TurnProcessor turns, DirectLineLog log) : IProactiveChannel
{
    public bool RecordsTranscript => true;

    public Task<bool> ServesAsync(ConversationReference reference, CancellationToken cancellationToken) =>
        Task.FromResult(DirectLineChannel.Owns(reference));

    public async Task<string?> SendAsync(ConversationReference reference, Activity activity, CancellationToken cancellationToken)
    {
        var conversationId = reference.Conversation!.Id!;
        try
        {
            var addressed = activity with
            {
                ChannelId = DirectLineChannel.ChannelId,
                ServiceUrl = DirectLineChannel.ServiceUrl,
                Conversation = new ConversationAccount { Id = conversationId },
                From = DirectLineChannel.Bot,
                Recipient = reference.User,
            };
            var logged = await turns.RecordAsync(addressed, log.For(conversationId, logsIncoming: false), fromBot: true, cancellationToken);
            return logged.Id;
        }
        catch (ConversationNotFoundException ex)
        {
            throw new InvalidOperationException($"Direct Line conversation {conversationId} no longer exists.", ex);
        }
    }
}
