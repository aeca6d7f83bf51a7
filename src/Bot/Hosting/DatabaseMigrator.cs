using Microsoft.EntityFrameworkCore;
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
        if (db.Database.IsSqlite())
        {
            // WAL lets readers and one writer work at once; it is a property of the file, so set it once.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        logger.LogInformation("Database ready ({Provider}); {Count} migration(s) applied.", db.Database.ProviderName, pending.Count);
        IsReady = true;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
