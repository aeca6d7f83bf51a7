namespace WsisBot.Bot.Privacy;

/// <summary>Retention (the transcript purge) and a person's data found, exported and erased.</summary>
public static class PrivacyRegistration
{
    public static void AddPrivacy(this IServiceCollection services)
    {
        services.AddOptions<PrivacyOptions>().BindConfiguration(PrivacyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddHostedService<TranscriptPurger>();
        services.AddScoped<UserData>();
    }
}
