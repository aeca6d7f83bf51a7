namespace WsisBot.Bot.Hosting;

/// <summary>
/// What a turn counts. A turn collects these and <see cref="BotTelemetry"/> records them once the turn is saved, so a
/// turn run again after a conflict counts once and a turn that saved nothing counts nothing.
/// </summary>
public abstract record TurnMeasurement;

/// <summary>A knowledge answer (or an abstention) by intent and kind.</summary>
public sealed record AnswerMeasured(string Intent, string Kind, bool Abstained) : TurnMeasurement;

/// <summary>A ticket opened for the secretariat.</summary>
public sealed record EscalationMeasured(string Reason) : TurnMeasurement;

/// <summary>A submission saved.</summary>
public sealed record SubmissionMeasured(string Kind) : TurnMeasurement;

/// <summary>Feedback stored on an answer from the letters.</summary>
public sealed record FeedbackMeasured(string Reaction) : TurnMeasurement;
