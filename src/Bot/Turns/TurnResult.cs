using WsisBot.Bot.Protocol;

namespace WsisBot.Bot.Turns;

/// <summary>
/// A processed turn: the incoming activity as the channel logged it, what to deliver (each with its transcript row)
/// and, for an invoke, the HTTP answer. <see cref="Failed"/>: the turn's work was not saved and the reply is an apology.
/// </summary>
public sealed record TurnResult(Activity Incoming, IReadOnlyList<OutgoingActivity> Outgoing, InvokeResponse? InvokeResponse, bool Failed = false);

/// <summary>
/// An activity the channel must deliver; <see cref="TranscriptEntryId"/> records how that went (0 when even the
/// transcript could not be written, e.g. an apology while the database is down).
/// </summary>
public sealed record OutgoingActivity(Activity Activity, long TranscriptEntryId);
