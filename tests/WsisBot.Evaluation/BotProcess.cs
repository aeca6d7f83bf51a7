using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace WsisBot.Evaluation;

/// <summary>Starts the bot host (<c>dotnet run --project src/Bot</c>) on a loopback port with the run's clock and corpus, and stops it after.</summary>
public sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _database;

    private BotProcess(Process process, Uri url, string database)
    {
        _process = process;
        Url = url;
        _database = database;
    }

    public Uri Url { get; }

    public static async Task<BotProcess> StartAsync(string repository, DateTimeOffset clock, string corpus, TimeSpan startTimeout)
    {
        var url = new Uri($"http://127.0.0.1:{FreePort()}/");
        var database = Path.Combine(Path.GetTempPath(), $"wsisbot-eval-{Guid.NewGuid():N}.db");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = repository,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "run", "--project", Path.Combine("src", "Bot"), "--no-launch-profile", "--", "--urls", url.ToString().TrimEnd('/') })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["Clock__Now"] = clock.ToString("O");
        start.Environment["Knowledge__CorpusPath"] = corpus;
        start.Environment["ConnectionStrings__WsisBot"] = $"Data Source={database}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Console.Error.WriteLine($"[bot] {e.Data}"); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var bot = new BotProcess(process, url, database);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + startTimeout;
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                using var health = await http.GetAsync(new Uri(url, "healthz"));
                if (health.StatusCode == HttpStatusCode.OK)
                {
                    return bot;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(500);
        }

        await bot.DisposeAsync();
        throw new TimeoutException($"The bot did not answer {url}healthz within {startTimeout.TotalSeconds:0} s.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" }.Where(File.Exists))
        {
            File.Delete(file);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
