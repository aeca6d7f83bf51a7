using WsisBot.Bot.Protocol;
using WsisBot.Bot.Turns;

namespace WsisBot.Bot.Channels.Teams;

/// <summary>
/// Adaptive Card Universal Actions: Teams sends <c>Action.Execute</c> as an <c>adaptiveCard/action</c> invoke and
/// expects, in the HTTP response, the card that replaces the one shown (or a message).
/// </summary>
public static class ActionExecute
{
    public static bool IsInvoke(Activity activity) => AdaptiveCardInvoke.Is(activity);

    /// <summary>
    /// Turns what the bot produced for the action into the invoke response: its last card replaces the shown one
    /// (and is not also posted); without a card, its last message text is shown.
    /// </summary>
    public static InvokeResponse Respond(TurnContext turn)
    {
        var withCard = turn.Outgoing.LastOrDefault(a => a.Attachments?.Any(IsAdaptiveCard) == true);
        if (withCard is not null)
        {
            turn.Unsend(withCard);
            return new InvokeResponse(StatusCodes.Status200OK, new
            {
                statusCode = 200,
                type = Attachment.AdaptiveCardContentType,
                value = withCard.Attachments!.First(IsAdaptiveCard).Content,
            });
        }

        var text = turn.Outgoing.LastOrDefault(a => !string.IsNullOrEmpty(a.Text))?.Text ?? "";
        return new InvokeResponse(StatusCodes.Status200OK, new { statusCode = 200, type = "application/vnd.microsoft.activity.message", value = text });
    }

    private static bool IsAdaptiveCard(Attachment attachment) => attachment.ContentType == Attachment.AdaptiveCardContentType;
}
