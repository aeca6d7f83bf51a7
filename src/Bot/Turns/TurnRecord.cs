using WsisBot.Bot.Protocol;
using WsisBot.Data;
using WsisBot.Data.Conversations;

namespace WsisBot.Bot.Turns;

/// <summary>
/// What a unit of work writes about the activities it carries, the one place that does: the incoming activity's
/// transcript row, each reply appended to the channel's log (when its delivery is a database write) and its own
/// transcript row. The caller saves through <see cref="SaveAsync"/>.
/// </summary>
internal sealed class TurnRecord(WsisBotDbContext db, ITurnLog? log, DateTimeOffset now)
{
    private readonly List<(Activity Activity, TranscriptEntry Row)> _outgoing = [];

    /// <summary>A record for this unit of work, with the channel's log opened in it.</summary>
    public static async Task<TurnRecord> OpenAsync(WsisBotDbContext db, ITurnLog? log, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (log is not null)
        {
            await log.OpenAsync(db, now, cancellationToken);
        }

        return new TurnRecord(db, log, now);
    }

    /// <summary>The incoming activity as the bot sees it: appended to the channel's log first when the channel logs it.</summary>
    public Activity Accept(Activity incoming) => log is { LogsIncoming: true } ? log.Append(incoming) : incoming;

    public void Incoming(Activity incoming) => db.Transcript.Add(TranscriptRows.Incoming(incoming, now, log?.JsonOf(incoming)));

    /// <summary>
    /// An activity the bot sends: appended to the log (delivered by the save) or pending until its channel takes it. An
    /// <paramref name="answer"/> from the letters is kept on its row for the feedback it may get.
    /// </summary>
    public Activity Outgoing(Activity activity, AnswerRecord? answer = null)
    {
        var delivered = log?.Append(activity) ?? activity;
        var row = TranscriptRows.Outgoing(delivered, now, delivered: log is not null, log?.JsonOf(delivered), answer);
        db.Transcript.Add(row);
        _outgoing.Add((delivered, row));
        return delivered;
    }

    public async Task SaveAsync(IDatabaseWriter writer, CancellationToken cancellationToken)
    {
        using (log?.BeginSave())
        {
            await writer.SaveChangesAsync(db, cancellationToken);
            log?.Saved();
        }
    }

    /// <summary>The replies with their transcript rows' ids (assigned by the save).</summary>
    public IReadOnlyList<OutgoingActivity> Delivery => [.. _outgoing.Select(o => new OutgoingActivity(o.Activity, o.Row.Id))];
}
