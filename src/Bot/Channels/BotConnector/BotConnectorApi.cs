using Microsoft.Extensions.Options;
using WsisBot.Bot.Channels.Teams;
using WsisBot.Bot.Channels;
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
    public static IEndpointRouteBuilder MapBotConnector(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/messages", HandleAsync).DisableAntiforgery().RequireRateLimiting(ConversationRateLimiter.ClientPolicy);
        return app;
    }

    private static async Task<IResult> HandleAsync(
        HttpContext http,
        BotConnectorAuthenticator authenticator,
        TurnProcessor turns,
        ConnectorDelivery delivery,
        ConversationRateLimiter rateLimiter,
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

        var read = await ActivityReader.ReadAsync(http.Request, options.Value.MaxActivityBytes, Unusable, cancellationToken);
        if (!read.IsValid)
        {
            return Results.Problem(statusCode: read.Status, title: "Bad activity", detail: read.Problem);
        }

        if (token is not null && !await authenticator.IsActivityAllowedAsync(token, read.Activity!, cancellationToken))
        {
            return Results.Unauthorized();
        }

        if (!TurnProcessor.TakesTurnOn(read.Activity!) || TeamsMessages.AddressedToBot(read.Activity!) is not { } activity)
        {
            return Results.Ok();
        }

        if (!rateLimiter.TryTake(activity.ChannelId ?? "", activity.Conversation!.Id!))
        {
            http.Response.Headers.RetryAfter = "1";
            return Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many activities", detail: "This conversation sends faster than a person types; slow down.");
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

    /// <summary>What a Bot Connector activity needs beyond a type: where it belongs and where replies go.</summary>
    private static string? Unusable(Activity activity) => activity switch
    {
        { Conversation: null } or { Conversation.Id: null or "" } => "'conversation.id' is required",
        { ServiceUrl: null or "" } => "'serviceUrl' is required",
        _ when !Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            => "'serviceUrl' must be an absolute http(s) URL",
        _ => null,
    };

    /// <summary>Tell the user, in their language, that this turn failed; never the exception text.</summary>
    private static Task ApologiseAsync(Activity activity, ConnectorDelivery delivery, CancellationToken cancellationToken)
    {
        var language = LanguageExtensions.FromLocale(activity.Locale) ?? Language.French;
        var apology = activity.CreateReply() with { Text = Phrases.TurnFailed(language), Locale = language.ToLocale() };
        return delivery.TrySendAsync(apology, cancellationToken);
    }
}
