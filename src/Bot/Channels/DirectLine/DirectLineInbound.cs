using System.Text.Json;
using WsisBot.Bot.Protocol;
using WsisBot.Bot.Turns;

namespace WsisBot.Bot.Channels.DirectLine;

/// <summary>
/// What the Direct Line endpoints hand to the turn pipeline: a new conversation's join (the bot's welcome) and each
/// activity a user posts, addressed as this channel's. Delivery is the pipeline's save into the conversation's log.
/// </summary>
public sealed class DirectLineInbound(TurnProcessor turns, DirectLineLog log, DirectLineStreams streams, TimeProvider clock)
{
    /// <summary>Creates the conversation and welcomes the user; false when it already existed.</summary>
    public async Task<bool> StartAsync(string conversationId, string userId, string? locale, CancellationToken cancellationToken)
    {
        if (!await log.CreateAsync(conversationId, userId, cancellationToken))
        {
            return false;
        }

        var user = new ChannelAccount { Id = userId, Role = "user" };
        var joined = new Activity { Type = ActivityTypes.ConversationUpdate, Locale = locale, MembersAdded = [DirectLineChannel.Bot, user], From = user };
        await turns.ProcessAsync(Addressed(joined, conversationId, user), log.For(conversationId, logsIncoming: false), cancellationToken);
        return true;
    }

    /// <summary>
    /// Logs a user's activity (the echo its sender waits for) and, for the types the bot handles, runs its turn.
    /// Returns the activity's id. Throws <see cref="ConversationNotFoundException"/>.
    /// </summary>
    public async Task<string> PostAsync(string conversationId, string userId, Activity posted, CancellationToken cancellationToken)
    {
        var activity = Addressed(posted, conversationId, (posted.From ?? new ChannelAccount()) with { Id = userId, Role = "user" });
        if (activity.IsType(ActivityTypes.Typing))
        {
            // A user's typing is not logged and the bot does not act on it.
            return DirectLineChannel.ActivityId(conversationId, 0);
        }

        if (activity.IsType(ActivityTypes.Message) && streams.HasSubscribers(conversationId))
        {
            streams.PublishEphemeral(conversationId, Typing(conversationId, userId));
        }

        var logged = TurnProcessor.TakesTurnOn(activity)
            ? (await turns.ProcessAsync(activity, log.For(conversationId, logsIncoming: true), cancellationToken)).Incoming
            : await turns.RecordAsync(activity, log.For(conversationId, logsIncoming: true), fromBot: false, cancellationToken);
        return logged.Id!;
    }

    /// <summary>A user's activity as this channel's: its conversation, its user (from the token), the bot as recipient.</summary>
    private static Activity Addressed(Activity activity, string conversationId, ChannelAccount user) => activity with
    {
        Id = null,
        Timestamp = null,
        ChannelId = DirectLineChannel.ChannelId,
        ServiceUrl = DirectLineChannel.ServiceUrl,
        Conversation = new ConversationAccount { Id = conversationId },
        From = user,
        Recipient = DirectLineChannel.Bot,
    };

    private string Typing(string conversationId, string userId) => JsonSerializer.Serialize(new Activity
    {
        Type = ActivityTypes.Typing,
        Id = conversationId + "|typing-" + clock.GetUtcNow().ToUnixTimeMilliseconds(),
        Timestamp = clock.GetUtcNow(),
        ChannelId = DirectLineChannel.ChannelId,
        Conversation = new ConversationAccount { Id = conversationId },
        From = DirectLineChannel.Bot,
        Recipient = new ChannelAccount { Id = userId, Role = "user" },
    }, ProtocolJson.Options);
}
