using WsisBot.Bot.Protocol;
using WsisBot.Data;

namespace WsisBot.Bot.Turns;

/// <summary>
/// A channel whose delivery is a database write (the bot's own Direct Line log) joins the turn's transaction:
/// it stamps the incoming activity before the bot sees it and records the replies before the turn is saved,
/// so state, transcript and delivery commit together or not at all. Called once per attempt of the turn.
/// </summary>
public interface ITurnLog
{
    Task<Activity> AcceptAsync(WsisBotDbContext db, Activity incoming, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>The replies as delivered (ids and timestamps assigned).</summary>
    IReadOnlyList<Activity> Record(IReadOnlyList<Activity> outgoing);

    /// <summary>The JSON an activity this log stamped was logged as, for its transcript row (null for any other).</summary>
    string? JsonOf(Activity logged);
}
