using System.Globalization;

namespace WsisBot.LoadBench;

/// <summary>
/// <c>--channel directline|connector --instances N --conversations N --seconds S --warmup S --database PATH</c>;
/// <c>--url URL[,URL…] --pid PID[,PID…]</c> drives bots already running in other processes (their database at PATH, for the
/// row counts), and the report gives those processes' CPU and memory. A Direct Line conversation i stays on instance i mod N,
/// as behind App Service's ARR affinity; a Bot Connector conversation's turns go to the instances in turn.
/// </summary>
public sealed record BenchOptions(
    int Conversations, TimeSpan Duration, TimeSpan Warmup, string? DatabasePath, string Channel = "directline", int Instances = 1,
    IReadOnlyList<Uri>? Urls = null, IReadOnlyList<int>? BotProcessIds = null)
{
    public static BenchOptions Parse(string[] args)
    {
        string? Value(string name)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        }

        int Number(string name, int fallback) => Value(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

        var urls = Value("--url")?.Split(',').Select(url => new Uri(url)).ToList();
        return new BenchOptions(
            Number("--conversations", 50),
            TimeSpan.FromSeconds(Number("--seconds", 20)),
            TimeSpan.FromSeconds(Number("--warmup", 60)),
            Value("--database"),
            Value("--channel") ?? "directline",
            // Bots already running: as many instances as URLs given.
            urls?.Count ?? Number("--instances", 1),
            urls,
            Value("--pid")?.Split(',').Select(pid => int.Parse(pid, CultureInfo.InvariantCulture)).ToList());
    }
}
