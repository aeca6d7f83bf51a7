using WsisBot.Bot.Dialogs;
using WsisBot.Bot.Turns;

namespace WsisBot.Bot.Conversation;

/// <summary>What the bot does with a turn: the router, the reading of messages and the thread of a conversation's questions.</summary>
public static class ConversationRegistration
{
    public static void AddConversation(this IServiceCollection services)
    {
        services.AddOptions<ConversationOptions>().BindConfiguration(ConversationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<ITurnHandler, TurnRouter>();
        services.AddSingleton<QuestionThread>();
        services.AddScoped<MessageRouter>();
        services.AddScoped<IInterruptions>(sp => sp.GetRequiredService<MessageRouter>());
    }
}
