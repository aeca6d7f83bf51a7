using WsisBot.Data;

namespace WsisBot.Bot.Hosting;

/// <summary>Applies pending migrations before the app takes traffic; <see cref="IsReady"/> feeds /healthz.</summary>
internal sealed class DatabaseMigrator(IServiceScopeFactory scopes, ILogger<DatabaseMigrator> logger) : IHostedService
{
    public bool IsReady { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WsisBotDbContext>();
        var applied = await DatabaseMigrations.ApplyAsync(db, cancellationToken);
        logger.LogInformation("Database ready ({Provider}); {Count} migration(s) applied.", db.Database.ProviderName, applied);
        IsReady = true;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
