using Microsoft.Extensions.Options;
using WsisBot.Bot.Channels.Teams;
using WsisBot.Bot.Channels;
using WsisBot.Bot.Protocol;
using WsisBot.Bot.Protocol.Auth;
using WsisBot.Bot.Turns;

namespace WsisBot.Bot.Channels.BotConnector;

/// <summary>
/// <c>POST /api/messages</c>: where Azure Bot Service (Teams, Web Chat through Azure, the Emulator) delivers
/// activities. Authenticate, read, run the turn, post the replies, answer the HTTP call.
/// </summary>
public static class BotConnectorApi
{
    public const string Path = "/api/messages";

    public static IEndpointRouteBuilder MapBotConnector(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, HandleAsync).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> HandleAsync(
        HttpContext http,
        BotConnectorAuthenticator authenticator,
        TurnProcessor turns,
        ConnectorDelivery delivery,
        ConversationRateLimiter rateLimiter,
        IOptions<BotConnectorOptions> options,
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
            return RateLimits.TooMany(http);
        }

        var result = await turns.ProcessAsync(activity, log: null, cancellationToken);
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
}
