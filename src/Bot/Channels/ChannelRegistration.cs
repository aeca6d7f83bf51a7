using WsisBot.Bot.Protocol.Auth;
using WsisBot.Bot.Channels.BotConnector;
using WsisBot.Bot.Channels.DirectLine;

namespace WsisBot.Bot.Channels;

/// <summary>Every channel: the Bot Connector, the bot's own Direct Line, their rate limits and proactive delivery.</summary>
public static class ChannelRegistration
{
    public static void AddChannels(this IHostApplicationBuilder builder)
    {
        builder.AddBotConnector();
        builder.AddDirectLine();
        builder.Services.AddChannelRateLimits();
        builder.Services.AddSingleton<ProactiveMessenger>();
    }

    public static void MapChannels(this WebApplication app)
    {
        app.MapBotConnector();
        app.MapDirectLine();
        app.MapTokenExchange();
        if (!app.Services.GetRequiredService<BotConnectorAuthenticator>().IsEnabled)
        {
            app.Logger.LogWarning("MicrosoftAppId is not set: /api/messages accepts unauthenticated requests (development mode).");
        }
    }
}
