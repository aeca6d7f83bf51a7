using WsisBot.Bot.Protocol;
using WsisBot.Bot.Turns;
using WsisBot.Data;

namespace WsisBot.Bot.Channels.DirectLine;

/// <summary>
/// Delivery into a Direct Line conversation's log, inside the pipeline's unit of work: the user's activity first
/// (its echo, which the sender waits for), then the bot's replies; once saved, pushed to this instance's sockets.
/// </summary>
internal sealed class DirectLineTurnLog(string conversationId, bool logsIncoming, DirectLineStreams streams) : ITurnLog
{
    private DirectLineLogWriter? _writer;

    public bool LogsIncoming => logsIncoming;

    public async Task OpenAsync(WsisBotDbContext db, DateTimeOffset now, CancellationToken cancellationToken) =>
        _writer = await DirectLineLogWriter.OpenAsync(db, conversationId, now, cancellationToken)
            ?? throw new ConversationNotFoundException(conversationId);

    public Activity Append(Activity activity) => Writer.Append(activity);

    public string? JsonOf(Activity appended) => _writer?.JsonOf(appended);

    public IDisposable BeginSave() => streams.LocalAppend(conversationId);

    public void Saved() => streams.Publish(conversationId, Writer.Appended);

    private DirectLineLogWriter Writer => _writer ?? throw new InvalidOperationException("The log is opened in the unit of work first.");
}
