using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace WsisBot.Bot.Hosting;

internal static class TelemetryRegistration
{
    /// <summary>
    /// Traces and metrics of the bot, ASP.NET Core and outgoing HTTP calls, exported over OTLP when
    /// OTEL_EXPORTER_OTLP_ENDPOINT is set (an OpenTelemetry Collector, or Azure Monitor's OTLP ingestion).
    /// Without an exporter the SDK is not loaded at all: recording spans nobody reads costs every turn.
    /// </summary>
    public static void AddWsisBotTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<BotTelemetry>();
        if (string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            return;
        }

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(BotTelemetry.Name))
            .WithTracing(tracing => tracing
                .AddSource(BotTelemetry.Name)
                .AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments("/healthz"))
                .AddHttpClientInstrumentation())
            .WithMetrics(metrics => metrics
                .AddMeter(BotTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation())
            .UseOtlpExporter();
    }
}
