using Microsoft.Extensions.Http.Resilience;
using Polly;
using WsisBot.Bot.Channels.BotConnector;
using WsisBot.Bot.Channels.DirectLine;
using WsisBot.Bot.Conversation;
using WsisBot.Bot.Protocol;
using WsisBot.Bot.Protocol.Auth;
using WsisBot.Bot.Turns;
using WsisBot.Knowledge;

namespace WsisBot.Bot.Hosting;

/// <summary>Everything the host registers, in one place.</summary>
public static class ServiceRegistration
{
    public static void AddWsisBot(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        services.AddSingleton(ConfiguredClock.FromConfiguration(configuration["Clock:Now"]));
        services.AddProblemDetails();
        builder.AddWsisBotDatabase();
        services.AddKnowledge(configuration);

        services.AddOptions<BotCredentials>()
            .Bind(configuration)
            .Validate(c => !c.IsAuthenticationEnabled || !string.IsNullOrWhiteSpace(c.MicrosoftAppPassword),
                "MicrosoftAppPassword is required when MicrosoftAppId is set.")
            .ValidateOnStart();
        services.AddOptions<BotConnectorAuthOptions>().BindConfiguration(BotConnectorAuthOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<BotConnectorOptions>().BindConfiguration(BotConnectorOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        services.AddHttpClient(nameof(BotConnectorAuthenticator), c => c.Timeout = TimeSpan.FromSeconds(10));
        services.AddSingleton<BotConnectorAuthenticator>();
        services.AddSingleton<ConnectorTokenProvider>();
        services.AddHttpClient<ConnectorClient>(c => c.Timeout = TimeSpan.FromSeconds(30))
            .AddResilienceHandler("connector", pipeline =>
            {
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = 3,
                    BackoffType = DelayBackoffType.Exponential,
                    Delay = TimeSpan.FromMilliseconds(200),
                    UseJitter = true,
                });
                pipeline.AddTimeout(TimeSpan.FromSeconds(10));
            });
        services.AddTransient<ConnectorDelivery>();

        services.AddSingleton<TurnProcessor>();
        services.AddSingleton<TranscriptDelivery>();
        services.AddScoped<TurnRouter>();

        builder.AddDirectLine();

        services.AddHealthChecks().AddCheck<ReadinessCheck>("ready");
    }

    public static void MapWsisBot(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseWebSockets();
        app.UseCors();
        app.UseRateLimiter();

        app.MapHealthChecks("/healthz");
        app.MapBotConnector();
        app.MapDirectLine();
        app.MapTokenExchange();

        if (!app.Services.GetRequiredService<BotConnectorAuthenticator>().IsEnabled)
        {
            app.Logger.LogWarning("MicrosoftAppId is not set: /api/messages accepts unauthenticated requests (development mode).");
        }
    }
}
