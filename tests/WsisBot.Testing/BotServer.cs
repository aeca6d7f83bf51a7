using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace WsisBot.Testing;

/// <summary>
/// The real bot (its Program, its Kestrel) on a free loopback port, with its own SQLite file unless told otherwise.
/// Dispose (or <see cref="StopAsync"/>) stops it; start another on the same <see cref="DatabasePath"/> to test a restart.
/// </summary>
public sealed class BotServer : IAsyncDisposable
{
    private readonly Factory _factory;

    private BotServer(Factory factory, string databasePath, LogRecorder logs)
    {
        _factory = factory;
        DatabasePath = databasePath;
        Logs = logs;
        Client = factory.CreateClient();
        BaseAddress = Client.BaseAddress!;
    }

    public Uri BaseAddress { get; }

    /// <summary>An HttpClient that talks to the bot over the loopback socket.</summary>
    public HttpClient Client { get; }

    public string DatabasePath { get; }

    /// <summary>What the bot logged (Warning and above unless the settings say otherwise).</summary>
    public LogRecorder Logs { get; }

    /// <summary>A fresh client with its own cookies (a browser session, in <paramref name="cookies"/> when given), optionally not following redirects.</summary>
    public HttpClient CreateClient(bool followRedirects = true, System.Net.CookieContainer? cookies = null) =>
        new(new SocketsHttpHandler { AllowAutoRedirect = followRedirects, UseCookies = true, CookieContainer = cookies ?? new System.Net.CookieContainer() })
        {
            BaseAddress = BaseAddress,
        };

    public IServiceProvider Services => _factory.Services;

    /// <summary>
    /// Starts the bot and waits until /healthz says it is ready (unless <paramref name="waitUntilReady"/> is false).
    /// <paramref name="settings"/> are configuration keys (e.g. "Clock:Now"); <paramref name="environment"/> is the
    /// host's (Production: the settings as deployed, except that a write outside IDatabaseWriter throws).
    /// </summary>
    public static async Task<BotServer> StartAsync(
        IReadOnlyDictionary<string, string?>? settings = null, string? databasePath = null, bool waitUntilReady = true, string environment = "Production")
    {
        databasePath ??= TempFiles.NewDatabasePath();
        var all = new Dictionary<string, string?>
        {
            ["ConnectionStrings:WsisBot"] = $"Data Source={databasePath}",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        if (environment == Environments.Production)
        {
            all["Database:WritesOutsideTheWriter"] = "Throw";
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var logs = new LogRecorder();
        var factory = new Factory(all, environment, logs);
        factory.UseKestrel(0);
        factory.StartServer();
        var server = new BotServer(factory, databasePath, logs);
        if (waitUntilReady)
        {
            await server.WaitUntilHealthyAsync();
        }

        return server;
    }

    /// <summary>
    /// Stops the host as SIGTERM would (ApplicationStopping, then Kestrel's drain, then the background services),
    /// within its shutdown timeout. The caller may start it and go on while it stops.
    /// </summary>
    public Task StopAsync() => _factory.Services.GetRequiredService<IHost>().StopAsync();

    public async Task WaitUntilHealthyAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            using var response = await Client.GetAsync(new Uri("/healthz", UriKind.Relative));
            if (response.IsSuccessStatusCode)
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The bot did not become healthy within 30 s.");
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
    }

    private sealed class Factory(IReadOnlyDictionary<string, string?> settings, string environment, LogRecorder logs) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.ConfigureLogging(logging => logging.AddProvider(logs));
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }

            builder.UseEnvironment(environment);
        }
    }
}
