using System.Globalization;

namespace WsisBot.Knowledge.Tests;

/// <summary>A clock stopped at one instant, in UTC.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public FixedClock(string now)
        : this(DateTimeOffset.Parse(now, CultureInfo.InvariantCulture))
    {
    }

    public override DateTimeOffset GetUtcNow() => now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
