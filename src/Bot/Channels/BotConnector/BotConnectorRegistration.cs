using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using WsisBot.Bot.Protocol;
using WsisBot.Bot.Protocol.Auth;

namespace WsisBot.Bot.Channels.BotConnector;

/// <summary>The Bot Connector channel (Teams, Azure's Web Chat, the Emulator): its credentials, its client and its endpoint.</summary>
public static class BotConnectorRegistration
{
    public static void AddBotConnector(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<BotCredentials>().Bind(builder.Configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotCredentials>, BotCredentialsValidation>();
        services.AddOptions<BotConnectorAuthOptions>().BindConfiguration(BotConnectorAuthOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<BotConnectorOptions>().BindConfiguration(BotConnectorOptions.Section).ValidateDataAnnotations().ValidateOnStart();
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
        services.AddSingleton<IProactiveChannel, ConnectorProactiveChannel>();
    }
}
