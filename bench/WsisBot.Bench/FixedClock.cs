namespace WsisBot.Bench;

/// <summary>The evaluation set's "now", so the benchmark answers what the evaluation answers.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
