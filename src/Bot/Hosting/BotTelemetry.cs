using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace WsisBot.Bot.Hosting;

/// <summary>The bot's own traces and metrics ("WsisBot"): turns and their latency, answers by intent, abstentions, escalations, submissions.</summary>
public sealed class BotTelemetry : IDisposable
{
    public const string Name = "WsisBot";

    public static readonly ActivitySource Source = new(Name);

    private readonly Meter _meter;
    private readonly Counter<long> _turns;
    private readonly Histogram<double> _turnDuration;
    private readonly Counter<long> _answers;
    private readonly Counter<long> _abstentions;
    private readonly Counter<long> _escalations;
    private readonly Counter<long> _submissions;

    public BotTelemetry(IMeterFactory meters)
    {
        _meter = meters.Create(Name);
        _turns = _meter.CreateCounter<long>("wsisbot.turns", description: "Turns taken, by channel and activity type");
        _turnDuration = _meter.CreateHistogram<double>("wsisbot.turn.duration", unit: "ms", description: "Time to run a turn and save it");
        _answers = _meter.CreateCounter<long>("wsisbot.answers", description: "Knowledge answers, by intent and kind");
        _abstentions = _meter.CreateCounter<long>("wsisbot.abstentions", description: "Questions the bot said it could not answer");
        _escalations = _meter.CreateCounter<long>("wsisbot.escalations", description: "Tickets opened for the secretariat, by reason");
        _submissions = _meter.CreateCounter<long>("wsisbot.submissions", description: "Submissions saved, by kind");
    }

    public void Turn(string? channel, string? type, TimeSpan elapsed)
    {
        var tags = new TagList { { "channel", channel ?? "unknown" }, { "type", type ?? "unknown" } };
        _turns.Add(1, tags);
        _turnDuration.Record(elapsed.TotalMilliseconds, tags);
    }

    public void Answer(string intent, string kind, bool abstained)
    {
        _answers.Add(1, new TagList { { "intent", intent }, { "kind", kind } });
        if (abstained)
        {
            _abstentions.Add(1, new TagList { { "intent", intent } });
        }
    }

    public void Escalation(string reason) => _escalations.Add(1, new TagList { { "reason", reason } });

    public void Submission(string kind) => _submissions.Add(1, new TagList { { "kind", kind } });

    public void Dispose() => _meter.Dispose();
}
