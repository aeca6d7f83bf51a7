using Microsoft.Extensions.Diagnostics.HealthChecks;
using WsisBot.Knowledge;

namespace WsisBot.Bot.Hosting;

/// <summary>Ready once the database is migrated and the corpus is loaded.</summary>
internal sealed class ReadinessCheck(DatabaseMigrator database, KnowledgeBase knowledge) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(
            !database.IsReady ? HealthCheckResult.Unhealthy("Database migrations are not applied yet.")
            : !knowledge.IsReady ? HealthCheckResult.Unhealthy("The corpus is not loaded yet.")
            : HealthCheckResult.Healthy());
}
