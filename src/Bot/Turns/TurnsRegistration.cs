namespace WsisBot.Bot.Turns;

/// <summary>The turn pipeline every channel hands its activities to.</summary>
public static class TurnsRegistration
{
    public static void AddTurns(this IServiceCollection services)
    {
        services.AddSingleton<TurnProcessor>();
        services.AddSingleton<TranscriptDelivery>();
    }
}
