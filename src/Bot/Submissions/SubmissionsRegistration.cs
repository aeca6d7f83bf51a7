using WsisBot.Bot.Dialogs;

namespace WsisBot.Bot.Submissions;

/// <summary>The submission forms: their facts from the letters, the dialog, the store, the user's own submissions.</summary>
public static class SubmissionsRegistration
{
    public static void AddSubmissions(this IServiceCollection services)
    {
        services.AddSingleton<FormFactsSource>();
        services.AddScoped<SubmissionStore>();
        services.AddScoped<MySubmissions>();
        services.AddScoped<SubmissionDialog>();
        services.AddScoped<IDialog>(sp => sp.GetRequiredService<SubmissionDialog>());
    }
}
