using WsisBot.Bot.Protocol;
using WsisBot.Data;
using WsisBot.Knowledge;

namespace WsisBot.Bot.Turns;

/// <summary>
/// What the pipeline does when a turn fails after its retries (the Agents SDK's <c>OnTurnError</c>): nothing of the
/// turn is saved; the user's activity and an apology in the turn's language are recorded in one unit of work of their
/// own, tried once. When even that fails, a channel that delivers by HTTP still gets the apology to send; a channel
/// whose delivery is the database (Direct Line) cannot deliver anything and the error reaches its endpoint.
/// </summary>
internal sealed class TurnErrorHandler(IServiceScopeFactory scopes, IDatabaseWriter writer, TimeProvider clock, ILogger logger)
{
    public static string Apology(Language language) => language.Pick(
        "Désolé, je n'ai pas pu traiter votre message : rien n'a été enregistré. Réessayez dans un instant.",
        "Sorry, I could not process your message: nothing was saved. Please try again shortly.");

    public async Task<TurnResult> OnTurnErrorAsync(Activity activity, ITurnLog? log, Language language, Exception error, CancellationToken cancellationToken)
    {
        logger.LogError(error, "Turn failed in conversation {Conversation} on {Channel}.", activity.Conversation?.Id, activity.ChannelId);
        var invoke = activity.IsType(ActivityTypes.Invoke) ? new InvokeResponse(StatusCodes.Status500InternalServerError, new { statusCode = 500 }) : null;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<WsisBotDbContext>();
            var record = await TurnRecord.OpenAsync(db, log, clock.GetUtcNow(), cancellationToken);
            var incoming = record.Accept(activity);
            record.Incoming(incoming);
            record.Outgoing(ApologyFor(incoming, language));
            await record.SaveAsync(writer, cancellationToken);
            return new TurnResult(incoming, record.Delivery, invoke, Failed: true);
        }
        catch (Exception ex) when (log is null && ex is not OperationCanceledException)
        {
            logger.LogError(ex, "The failed turn of conversation {Conversation} could not be recorded either.", activity.Conversation?.Id);
            return new TurnResult(activity, [new OutgoingActivity(ApologyFor(activity, language), 0)], invoke, Failed: true);
        }
    }

    /// <summary>Never the exception's text.</summary>
    private static Activity ApologyFor(Activity incoming, Language language) =>
        incoming.CreateReply() with { Text = Apology(language), TextFormat = TextFormats.Markdown, Locale = language.ToLocale() };
}
