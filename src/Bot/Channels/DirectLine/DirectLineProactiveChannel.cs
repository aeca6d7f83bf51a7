using WsisBot.Bot.Escalation;
using WsisBot.Bot.Protocol;

namespace WsisBot.Bot.Channels.DirectLine;

/// <summary>Proactive messages into the bot's own Direct Line conversations: appended to the conversation's log.</summary>
public sealed class DirectLineProactiveChannel(DirectLineConversations conversations) : IProactiveChannel
{
    public bool RecordsTranscript => true;

    public Task<bool> ServesAsync(ConversationReference reference, CancellationToken cancellationToken) =>
        Task.FromResult(DirectLineChannel.Owns(reference));

    public async Task<string?> SendAsync(ConversationReference reference, Activity activity, CancellationToken cancellationToken) =>
        await conversations.AppendBotActivityAsync(reference.Conversation!.Id!, activity, cancellationToken)
        ?? throw new InvalidOperationException($"Direct Line conversation {reference.Conversation.Id} no longer exists.");
}
