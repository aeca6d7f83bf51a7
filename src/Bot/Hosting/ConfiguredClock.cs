using System.Globalization;

namespace WsisBot.Bot.Hosting;

/// <summary>
/// The bot's "now". With <c>Clock:Now</c> set, time starts at that instant when the process starts
/// and runs on from there (deadline answers are reproducible; token lifetimes still elapse).
/// </summary>
public sealed class ConfiguredClock(DateTimeOffset start) : TimeProvider
{
    private readonly long _startTimestamp = System.GetTimestamp();

    public override DateTimeOffset GetUtcNow() => start.ToUniversalTime() + System.GetElapsedTime(_startTimestamp);

    public override TimeZoneInfo LocalTimeZone => System.LocalTimeZone;

    public static TimeProvider FromConfiguration(string? configuredNow)
    {
        if (string.IsNullOrWhiteSpace(configuredNow))
        {
            return System;
        }

        if (!DateTimeOffset.TryParse(configuredNow, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var start))
        {
            throw new InvalidOperationException($"Clock:Now must be an ISO 8601 date-time, not '{configuredNow}'.");
        }

        return new ConfiguredClock(start);
    }
}
