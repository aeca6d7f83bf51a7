using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using WsisBot.Bot.Channels;
using WsisBot.Bot.Channels.BotConnector;
using WsisBot.Bot.Channels.DirectLine;
using WsisBot.Bot.Conversation;
using WsisBot.Bot.Dialogs;
using WsisBot.Bot.Escalation;
using WsisBot.Bot.Privacy;
using WsisBot.Bot.Protocol;
using WsisBot.Bot.Protocol.Auth;
using WsisBot.Bot.Submissions;
using WsisBot.Bot.Turns;
using WsisBot.Data;
using WsisBot.Knowledge;

namespace WsisBot.Bot.Hosting;

/// <summary>Everything the host registers, in one place.</summary>
public static class ServiceRegistration
{
    public static void AddWsisBot(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        UnresolvedKeyVaultReferences.ThrowIfAny(configuration);

        services.AddSingleton(ConfiguredClock.FromConfiguration(configuration["Clock:Now"]));
        services.AddProblemDetails();
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        builder.AddWsisBotTelemetry();
        builder.AddWsisBotDatabase();
        services.AddKnowledge(configuration);
        services.AddHostedService<NativeHeapTrimmer>();

        services.AddOptions<BotCredentials>().Bind(configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotCredentials>, BotCredentialsValidation>();
        services.AddOptions<BotConnectorAuthOptions>().BindConfiguration(BotConnectorAuthOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<BotConnectorOptions>().BindConfiguration(BotConnectorOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ShutdownOptions>().BindConfiguration(ShutdownOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<HostOptions>().Configure<IOptions<ShutdownOptions>>((host, shutdown) => host.ShutdownTimeout = shutdown.Value.Timeout);

        services.AddHttpClient(nameof(BotConnectorAuthenticator), c => c.Timeout = TimeSpan.FromSeconds(10));
        services.AddSingleton<BotConnectorAuthenticator>();
        services.AddSingleton<ConnectorTokenProvider>();
        services.AddHttpClient<ConnectorClient>(c => c.Timeout = ConnectorClient.Timeout)
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

        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ConversationRateLimiter>();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            ConversationRateLimiter.AddClientPolicy(options, configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions());
        });
        services.AddSingleton<TurnProcessor>();
        services.AddSingleton<TranscriptDelivery>();
        services.AddScoped<TurnRouter>();
        services.AddOptions<ConversationOptions>().BindConfiguration(ConversationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<QuestionThread>();
        services.AddSingleton<FormFactsSource>();
        services.AddScoped<SubmissionStore>();
        services.AddScoped<MySubmissions>();
        services.AddScoped<MessageRouter>();
        services.AddScoped<SubmissionDialog>();
        services.AddScoped<IDialog>(sp => sp.GetRequiredService<SubmissionDialog>());
        services.AddSingleton<EscalationService>();
        services.AddOptions<EscalationOptions>().BindConfiguration(EscalationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<TicketMail>();
        services.AddSingleton<TicketTeamsCard>();
        services.AddHostedService<TicketNotifier>();
        // Asked in this order: the bot's own Direct Line first, then anything with a Bot Connector serviceUrl.
        services.AddSingleton<IProactiveChannel, DirectLineProactiveChannel>();
        services.AddSingleton<IProactiveChannel, ConnectorProactiveChannel>();
        services.AddSingleton<ProactiveMessenger>();
        builder.AddInbox();
        services.AddOptions<PrivacyOptions>().BindConfiguration(PrivacyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddHostedService<TranscriptPurger>();
        services.AddScoped<UserData>();

        builder.AddDirectLine();

        services.AddHealthChecks().AddCheck<ReadinessCheck>("ready", tags: ["ready"]);
    }

    public static void MapWsisBot(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseWebSockets();
        app.UseCors();
        app.UseRateLimiter();

        // Readiness (database migrated, corpus loaded, not stopping) for traffic; liveness (the process answers) for restarts.
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
        app.MapBotConnector();
        app.MapDirectLine();
        app.MapTokenExchange();
        app.MapInbox();

        if (!app.Services.GetRequiredService<BotConnectorAuthenticator>().IsEnabled)
        {
            app.Logger.LogWarning("MicrosoftAppId is not set: /api/messages accepts unauthenticated requests (development mode).");
        }
    }
}
