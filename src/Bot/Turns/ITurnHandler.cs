namespace WsisBot.Bot.Turns;

/// <summary>What the bot does with a turn (the Bot Framework's <c>IBot</c>): the pipeline around it loads and saves.</summary>
public interface ITurnHandler
{
    Task RouteAsync(TurnContext turn, CancellationToken cancellationToken);
}
