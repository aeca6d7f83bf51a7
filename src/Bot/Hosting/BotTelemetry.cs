using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace WsisBot.Bot.Hosting;

/// <summary>The bot's own traces and metrics ("WsisBot"): turns, their latency and retries, answers by intent, abstentions, escalations, submissions, feedback.</summary>
public sealed class BotTelemetry : IDisposable
{
    public const string Name = "WsisBot";

    public static readonly ActivitySource Source = new(Name);

    private readonly Meter _meter;
    private readonly Counter<long> _turns;
    private readonly Histogram<double> _turnDuration;
    private readonly Counter<long> _turnRetries;
    private readonly Counter<long> _answers;
    private readonly Counter<long> _abstentions;
    private readonly Counter<long> _escalations;
    private readonly Counter<long> _submissions;
    private readonly Counter<long> _feedback;

    public BotTelemetry(IMeterFactory meters)
    {
        _meter = meters.Create(Name);
        _turns = _meter.CreateCounter<long>("wsisbot.turns", description: "Turns taken, by channel and activity type");
        _turnDuration = _meter.CreateHistogram<double>("wsisbot.turn.duration", unit: "ms", description: "Time to run a turn and save it");
        _turnRetries = _meter.CreateCounter<long>("wsisbot.turn.retries", description: "Turn attempts run again, by reason: conflict (another instance changed the conversation or took the same number), duplicate (created at once), busy (database)");
        _answers = _meter.CreateCounter<long>("wsisbot.answers", description: "Knowledge answers, by intent and kind");
        _abstentions = _meter.CreateCounter<long>("wsisbot.abstentions", description: "Questions the bot said it could not answer");
        _escalations = _meter.CreateCounter<long>("wsisbot.escalations", description: "Tickets opened for the secretariat, by reason");
        _submissions = _meter.CreateCounter<long>("wsisbot.submissions", description: "Submissions saved, by kind");
        _feedback = _meter.CreateCounter<long>("wsisbot.feedback", description: "Feedback stored on answers, by reaction (Like, Dislike)");
    }

    public void Turn(string? channel, string? type, TimeSpan elapsed)
    {
        var tags = new TagList { { "channel", channel ?? "unknown" }, { "type", type ?? "unknown" } };
        _turns.Add(1, tags);
        _turnDuration.Record(elapsed.TotalMilliseconds, tags);
    }

    public void Retried(string reason) => _turnRetries.Add(1, new TagList { { "reason", reason } });

    /// <summary>What a turn counted, once its SaveChanges succeeded.</summary>
    public void Saved(IEnumerable<TurnMeasurement> measurements)
    {
        foreach (var measurement in measurements)
        {
            switch (measurement)
            {
                case AnswerMeasured answer:
                    _answers.Add(1, new TagList { { "intent", answer.Intent }, { "kind", answer.Kind } });
                    if (answer.Abstained)
                    {
                        _abstentions.Add(1, new TagList { { "intent", answer.Intent } });
                    }

                    break;
                case EscalationMeasured escalation:
                    _escalations.Add(1, new TagList { { "reason", escalation.Reason } });
                    break;
                case SubmissionMeasured submission:
                    _submissions.Add(1, new TagList { { "kind", submission.Kind } });
                    break;
                case FeedbackMeasured feedback:
                    _feedback.Add(1, new TagList { { "reaction", feedback.Reaction } });
                    break;
            }
        }
    }

    public void Dispose() => _meter.Dispose();
}
