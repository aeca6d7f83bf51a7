using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;

namespace WsisBot.Testing;

/// <summary>
/// The real bot (its Program, its Kestrel) on a free loopback port, with its own SQLite file unless told otherwise.
/// Dispose stops it; start another on the same <see cref="DatabasePath"/> to test a restart.
/// </summary>
public sealed class BotServer : IAsyncDisposable
{
    private readonly Factory _factory;

    private BotServer(Factory factory, string databasePath)
    {
        _factory = factory;
        DatabasePath = databasePath;
        Client = factory.CreateClient();
        BaseAddress = Client.BaseAddress!;
    }

    public Uri BaseAddress { get; }

    /// <summary>An HttpClient that talks to the bot over the loopback socket.</summary>
    public HttpClient Client { get; }

    public string DatabasePath { get; }

    public IServiceProvider Services => _factory.Services;

    /// <summary>Starts the bot. <paramref name="settings"/> are configuration keys (e.g. "Clock:Now").</summary>
    public static async Task<BotServer> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, string? databasePath = null)
    {
        databasePath ??= TempFiles.NewDatabasePath();
        var all = new Dictionary<string, string?>
        {
            ["ConnectionStrings:WsisBot"] = $"Data Source={databasePath}",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var factory = new Factory(all);
        factory.UseKestrel(0);
        factory.StartServer();
        var server = new BotServer(factory, databasePath);
        await server.WaitUntilHealthyAsync();
        return server;
    }

    private async Task WaitUntilHealthyAsync()
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

    private sealed class Factory(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }

            builder.UseEnvironment(Environments.Production);
        }
    }
}
