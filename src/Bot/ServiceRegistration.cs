using WsisBot.Bot.Channels;
using WsisBot.Bot.Conversation;
using WsisBot.Bot.Escalation;
using WsisBot.Bot.Feedback;
using WsisBot.Bot.Hosting;
using WsisBot.Bot.Privacy;
using WsisBot.Bot.Submissions;
using WsisBot.Bot.Turns;
using WsisBot.Knowledge;

namespace WsisBot.Bot;

/// <summary>The composition root: each feature folder registers and maps itself.</summary>
public static class ServiceRegistration
{
    public static void AddWsisBot(this IHostApplicationBuilder builder)
    {
        builder.AddHosting();
        builder.Services.AddKnowledge(builder.Configuration);
        builder.AddChannels();
        builder.Services.AddTurns();
        builder.Services.AddConversation();
        builder.Services.AddFeedback();
        builder.Services.AddSubmissions();
        builder.AddEscalation();
        builder.Services.AddPrivacy();
    }

    public static void MapWsisBot(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseWebSockets();
        app.UseCors();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapHealth();
        app.MapChannels();
        app.MapInbox();
    }
}
