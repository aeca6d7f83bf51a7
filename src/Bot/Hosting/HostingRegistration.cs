using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using WsisBot.Data;

namespace WsisBot.Bot.Hosting;

/// <summary>What every feature stands on: configuration checks, the clock, errors, telemetry, the database, shutdown, health.</summary>
public static class HostingRegistration
{
    public static void AddHosting(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        UnresolvedKeyVaultReferences.ThrowIfAny(builder.Configuration);
        services.AddSingleton(ConfiguredClock.FromConfiguration(builder.Configuration["Clock:Now"]));
        services.AddProblemDetails();
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        builder.AddWsisBotTelemetry();
        builder.AddWsisBotDatabase();
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ShutdownOptions>().BindConfiguration(ShutdownOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<HostOptions>().Configure<IOptions<ShutdownOptions>>((host, shutdown) => host.ShutdownTimeout = shutdown.Value.Timeout);
        services.AddHostedService<NativeHeapTrimmer>();
        services.AddHealthChecks().AddCheck<ReadinessCheck>("ready", tags: ["ready"]);
    }

    /// <summary>Readiness (database migrated, corpus loaded, not stopping) for traffic; liveness (the process answers) for restarts.</summary>
    public static void MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/healthz", new()
        {
            Predicate = check => check.Tags.Contains("ready"),
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        });
        app.MapHealthChecks("/healthz/live", new() { Predicate = _ => false });
    }
}
