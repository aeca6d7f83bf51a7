using Microsoft.Extensions.Options;
using WsisBot.Bot.Channels.Teams;
using WsisBot.Bot.Conversation;
using WsisBot.Bot.Protocol;
using WsisBot.Bot.Protocol.Auth;
using WsisBot.Bot.Turns;
using WsisBot.Knowledge;

namespace WsisBot.Bot.Channels.BotConnector;

/// <summary>
/// <c>POST /api/messages</c>: where Azure Bot Service (Teams, Web Chat through Azure, the Emulator) delivers
/// activities. Authenticate, read, run the turn, post the replies, answer the HTTP call.
/// </summary>
public static class BotConnectorApi
{
    /// <summary>Activity types the bot takes a turn on; everything else is acknowledged and ignored.</summary>
    private static readonly HashSet<string> HandledTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ActivityTypes.Message, ActivityTypes.ConversationUpdate, ActivityTypes.Invoke,
        ActivityTypes.InstallationUpdate, ActivityTypes.Event, ActivityTypes.EndOfConversation,
    };

    public static IEndpointRouteBuilder MapBotConnector(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/messages", HandleAsync).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> HandleAsync(
        HttpContext http,
        BotConnectorAuthenticator authenticator,
        TurnProcessor turns,
        ConnectorDelivery delivery,
        IOptions<BotConnectorOptions> options,
        ILogger<TurnProcessor> logger,
        CancellationToken cancellationToken)
    {
        ValidatedToken? token = null;
        if (authenticator.IsEnabled)
        {
            token = await authenticator.AuthenticateAsync(http.Request.Headers.Authorization, cancellationToken);
            if (token is null)
            {
                return Results.Unauthorized();
            }
        }

        var read = await ActivityReader.ReadAsync(http.Request, options.Value.MaxActivityBytes, cancellationToken);
        if (!read.IsValid)
        {
            return Results.Problem(statusCode: read.Status, title: "Bad activity", detail: read.Problem);
        }

        if (token is not null && !await authenticator.IsActivityAllowedAsync(token, read.Activity!, cancellationToken))
        {
            return Results.Unauthorized();
        }

        if (!HandledTypes.Contains(read.Activity!.Type!) || TeamsMessages.AddressedToBot(read.Activity) is not { } activity)
        {
            return Results.Ok();
        }

        TurnResult result;
        try
        {
            result = await turns.ProcessAsync(activity, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Turn failed in conversation {Conversation}.", activity.Conversation?.Id);
            await ApologiseAsync(activity, delivery, cancellationToken);
            return activity.IsType(ActivityTypes.Invoke)
                ? Results.Json(new { statusCode = 500 }, statusCode: StatusCodes.Status500InternalServerError)
                : Results.Ok();
        }

        await delivery.DeliverAsync(result.Outgoing, cancellationToken);

        if (activity.IsType(ActivityTypes.Invoke))
        {
            var invoke = result.InvokeResponse ?? new InvokeResponse(StatusCodes.Status501NotImplemented);
            return invoke.Body is null
                ? Results.StatusCode(invoke.Status)
                : Results.Json(invoke.Body, ProtocolJson.Options, statusCode: invoke.Status);
        }

        return Results.Ok();
    }

    /// <summary>Tell the user, in their language, that this turn failed; never the exception text.</summary>
    private static Task ApologiseAsync(Activity activity, ConnectorDelivery delivery, CancellationToken cancellationToken)
    {
        var language = LanguageExtensions.FromLocale(activity.Locale) ?? Language.French;
        var apology = activity.CreateReply() with { Text = Phrases.TurnFailed(language), Locale = language.ToLocale() };
        return delivery.TrySendAsync(apology, cancellationToken);
    }
}
