namespace WsisBot.LoadBench;

/// <summary>Turn latencies, thread-safe, with nearest-rank percentiles.</summary>
public sealed class Latencies
{
    private readonly List<TimeSpan> _values = [];

    public int Count
    {
        get
        {
            lock (_values)
            {
                return _values.Count;
            }
        }
    }

    public TimeSpan Max => Sorted() is { Count: > 0 } s ? s[^1] : TimeSpan.Zero;

    public void Add(TimeSpan latency)
    {
        lock (_values)
        {
            _values.Add(latency);
        }
    }

    public TimeSpan Percentile(double p)
    {
        var sorted = Sorted();
        return sorted.Count == 0 ? TimeSpan.Zero : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    private List<TimeSpan> Sorted()
    {
        lock (_values)
        {
            return [.. _values.Order()];
        }
    }
}
