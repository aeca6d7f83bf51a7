using WsisBot.Testing;

namespace WsisBot.LoadBench;

/// <summary>
/// The bots a run drives: started in this process (the real Program, Kestrel on loopback, one SQLite file), or with
/// <c>--url</c> already running in other processes. Disposing stops the ones it started.
/// </summary>
public sealed class BenchBots : IAsyncDisposable
{
    private readonly List<BotServer> _started;

    private BenchBots(List<HttpClient> clients, List<BotServer> started, string? databasePath)
    {
        Clients = clients;
        _started = started;
        DatabasePath = databasePath;
    }

    /// <summary>One HttpClient per instance.</summary>
    public IReadOnlyList<HttpClient> Clients { get; }

    /// <summary>Their database file, for the row counts (null when bots run elsewhere and <c>--database</c> was not given).</summary>
    public string? DatabasePath { get; }

    /// <param name="instances">How many to start in this process (without <c>--url</c>).</param>
    /// <param name="limits">The channel's rate limits, set above what the bench's clients on one loopback address send.</param>
    public static async Task<BenchBots> StartAsync(BenchOptions options, int instances, IReadOnlyDictionary<string, string?> limits)
    {
        if (options.Urls is { } urls)
        {
            return new([.. urls.Select(url => new HttpClient { BaseAddress = url })], [], options.DatabasePath);
        }

        var settings = new Dictionary<string, string?>(limits)
        {
            ["Clock:Now"] = "2026-03-03T09:00:00Z",
            ["Logging:LogLevel:Default"] = "Error",
        };
        var databasePath = options.DatabasePath ?? TempFiles.NewDatabasePath();
        var started = new List<BotServer>();
        for (var i = 0; i < instances; i++)
        {
            started.Add(await BotServer.StartAsync(settings, databasePath));
        }

        return new([.. started.Select(bot => bot.Client)], started, databasePath);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var bot in _started)
        {
            await bot.DisposeAsync();
        }

        if (_started.Count == 0)
        {
            foreach (var client in Clients)
            {
                client.Dispose();
            }
        }
    }
}
