namespace WsisBot.Bot.Feedback;

/// <summary>Feedback on the bot's answers: the thumbs each client shows and what the bot does with them.</summary>
public static class FeedbackRegistration
{
    public static void AddFeedback(this IServiceCollection services) => services.AddSingleton<FeedbackReceiver>();
}
