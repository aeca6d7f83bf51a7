using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace WsisBot.Testing;

/// <summary>
/// The bot's log lines as it writes them (at the levels its configuration lets through), for a test to wait for a
/// moment it cannot see from outside, such as a turn's attempt failing on a locked database.
/// </summary>
public sealed class LogRecorder : ILoggerProvider
{
    private readonly ConcurrentQueue<LogLine> _lines = new();

    /// <summary>One line; <paramref name="Exception"/> is the logged exception with its stack, so a failing test can show it.</summary>
    public sealed record LogLine(string Category, LogLevel Level, string Message, string? Exception = null);

    public IReadOnlyList<LogLine> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new Recorder(this, categoryName);

    /// <summary>Waits until <paramref name="count"/> lines match; returns them.</summary>
    public async Task<IReadOnlyList<LogLine>> WaitForAsync(Func<LogLine, bool> match, int count = 1, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var matching = _lines.Where(match).ToList();
            if (matching.Count >= count)
            {
                return matching;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{matching.Count} of {count} log lines matched.");
            }

            await Task.Delay(20);
        }
    }

    public void Dispose()
    {
    }

    private sealed class Recorder(LogRecorder recorder, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            recorder._lines.Enqueue(new LogLine(category, logLevel, formatter(state, exception), exception?.ToString()));
    }
}
