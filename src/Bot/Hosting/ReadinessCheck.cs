using Microsoft.Extensions.Diagnostics.HealthChecks;
using WsisBot.Knowledge;

namespace WsisBot.Bot.Hosting;

/// <summary>
/// Ready once the database is migrated and the corpus is loaded, until the host starts stopping. Starting and stopping
/// are expected states, not faults: they are reported Degraded (503 on /healthz, and below the level the health check
/// service's log category is written at), so the cold corpus load does not fill the log with failures.
/// </summary>
internal sealed class ReadinessCheck(DatabaseMigrator database, KnowledgeBase knowledge, IHostApplicationLifetime lifetime) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(
            lifetime.ApplicationStopping.IsCancellationRequested ? HealthCheckResult.Degraded("Stopping: finishing the turns in flight.")
            : !database.IsReady ? HealthCheckResult.Degraded("Starting: database migrations are not applied yet.")
            : !knowledge.IsReady ? HealthCheckResult.Degraded("Starting: the corpus is not loaded yet.")
            : HealthCheckResult.Healthy());
}
