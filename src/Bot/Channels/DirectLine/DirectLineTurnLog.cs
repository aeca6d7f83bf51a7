using WsisBot.Bot.Protocol;
using WsisBot.Bot.Turns;
using WsisBot.Data;

namespace WsisBot.Bot.Channels.DirectLine;

/// <summary>
/// Delivery into a Direct Line conversation's log, inside the turn's transaction: the user's activity first
/// (its echo, which the sender waits for), then the bot's replies, addressed and stamped as Web Chat needs.
/// </summary>
internal sealed class DirectLineTurnLog(string conversationId, bool logIncoming) : ITurnLog
{
    private DirectLineLogWriter? _writer;

    /// <summary>The incoming activity as logged (id and timestamp assigned), once the turn ran.</summary>
    public Activity? Incoming { get; private set; }

    public IReadOnlyList<DirectLineLogEntry> Appended => _writer?.Appended ?? [];

    public async Task<Activity> AcceptAsync(WsisBotDbContext db, Activity incoming, DateTimeOffset now, CancellationToken cancellationToken)
    {
        _writer = await DirectLineLogWriter.OpenAsync(db, conversationId, now, cancellationToken)
            ?? throw new DirectLineConversationNotFoundException(conversationId);
        Incoming = logIncoming ? _writer.Append(incoming) : incoming;
        return Incoming;
    }

    public string? JsonOf(Activity logged) => _writer?.JsonOf(logged);

    public IReadOnlyList<Activity> Record(IReadOnlyList<Activity> outgoing) =>
        [.. outgoing.Select(activity => _writer!.Append(activity with
        {
            From = DirectLineChannel.Bot,
            Recipient = new ChannelAccount { Id = _writer.UserId, Role = "user" },
            // Web Chat holds a reply to an activity it never saw for seconds; an unlogged one (conversationUpdate) has none.
            ReplyToId = logIncoming ? Incoming!.Id : null,
        }))];
}

/// <summary>The conversation is not in the database: the endpoint answers 404.</summary>
public sealed class DirectLineConversationNotFoundException(string conversationId)
    : Exception($"Direct Line conversation '{conversationId}' does not exist.");
