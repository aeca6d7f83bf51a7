using System.Globalization;

namespace WsisBot.LoadBench;

/// <summary><c>--channel directline|connector --instances N --conversations N --seconds S --warmup S --database PATH</c>.</summary>
public sealed record BenchOptions(int Conversations, TimeSpan Duration, TimeSpan Warmup, string? DatabasePath, string Channel = "directline", int Instances = 1)
{
    public static BenchOptions Parse(string[] args)
    {
        string? Value(string name)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        }

        int Number(string name, int fallback) => Value(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

        return new BenchOptions(
            Number("--conversations", 50),
            TimeSpan.FromSeconds(Number("--seconds", 20)),
            TimeSpan.FromSeconds(Number("--warmup", 3)),
            Value("--database"),
            Value("--channel") ?? "directline",
            Number("--instances", 1));
    }
}
