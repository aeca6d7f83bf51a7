using WsisBot.Bot.Protocol;

namespace WsisBot.Bot.Turns;

/// <summary>A processed turn: what to deliver (each with its transcript row) and, for an invoke, the HTTP answer.</summary>
public sealed record TurnResult(IReadOnlyList<OutgoingActivity> Outgoing, InvokeResponse? InvokeResponse);

/// <summary>An activity the channel must deliver; <see cref="TranscriptEntryId"/> records how that went.</summary>
public sealed record OutgoingActivity(Activity Activity, long TranscriptEntryId);
