namespace WsisBot.Bot.Escalation;

/// <summary>Hand-over to the secretariat: tickets, their notifications (e-mail, Teams) and the inbox.</summary>
public static class EscalationRegistration
{
    public static void AddEscalation(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<EscalationOptions>().BindConfiguration(EscalationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<EscalationService>();
        services.AddSingleton<TicketMail>();
        services.AddSingleton<TicketTeamsCard>();
        services.AddHostedService<TicketNotifier>();
        builder.AddInbox();
    }
}
