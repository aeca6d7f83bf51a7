namespace WsisBot.Bot.Channels.DirectLine;

/// <summary>The bot's own Direct Line channel and the web chat token endpoint, registered and mapped.</summary>
public static class DirectLineRegistration
{
    public static void AddDirectLine(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<DirectLineOptions>().BindConfiguration(DirectLineOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<DirectLineSigningKeyStore>();
        services.AddSingleton<DirectLineTokens>();
        services.AddDirectLineAuthentication();
        services.AddSingleton<DirectLineStreams>();
        services.AddSingleton<DirectLineLog>();
        services.AddSingleton<DirectLineInbound>();
        services.AddSingleton<DirectLineProactiveChannel>();
        services.AddSingleton<IProactiveChannel>(sp => sp.GetRequiredService<DirectLineProactiveChannel>());
        services.AddHostedService<DirectLineLogPoller>();
        services.AddSingleton<ResumeKeys>();
        services.AddSingleton<WebChatTokens>();
        services.AddHttpClient(nameof(WebChatTokens), c => c.Timeout = TimeSpan.FromSeconds(10));
        services.AddDirectLineCors();
    }
}
