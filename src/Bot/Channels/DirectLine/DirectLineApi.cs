using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using WsisBot.Bot.Protocol;
using WsisBot.Bot.Turns;

namespace WsisBot.Bot.Channels.DirectLine;

/// <summary>
/// Direct Line 3.0 under <c>/v3/directline</c>, as botframework-directlinejs 0.15.5 (Web Chat 4.18) calls it:
/// tokens, conversations, activities by polling, the WebSocket stream. Conversations and their logs live in
/// the database, so any instance serves any conversation.
/// </summary>
public static class DirectLineApi
{
    public const string BasePath = "/v3/directline";
    private const int MaxStartRequestBytes = 4096;

    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(BasePath).RequireCors(DirectLineCors.Protocol).DisableAntiforgery().WithTags("Direct Line");
        api.MapPost("/tokens/generate", GenerateAsync).RequireAuthorization(DirectLinePolicies.Start);
        api.MapPost("/tokens/refresh", RefreshAsync).RequireAuthorization(DirectLinePolicies.Credential);
        api.MapPost("/conversations", StartAsync).RequireAuthorization(DirectLinePolicies.Start);

        // The conversation itself sits beside its group: a group's "" route would be ".../{conversationId}/".
        api.MapGet("/conversations/{conversationId}", ReconnectAsync).RequireAuthorization(DirectLinePolicies.Conversation);
        var conversation = api.MapGroup("/conversations/{conversationId}").RequireAuthorization(DirectLinePolicies.Conversation);
        conversation.MapPost("/activities", PostActivityAsync).RequireRateLimiting(RateLimits.DirectLineConversation);
        conversation.MapGet("/activities", GetActivitiesAsync);
        conversation.MapPost("/upload", () => Problem(StatusCodes.Status501NotImplemented,
            "L'envoi de fichiers n'est pas disponible dans ce chat. / Sending files is not available in this chat."));
        conversation.MapGet("/stream", DirectLineStream.HandleAsync);
        return app;
    }

    private static async Task<IResult> GenerateAsync(HttpContext http, DirectLineTokens tokens, CancellationToken cancellationToken)
    {
        var grant = DirectLineGrant.Of(http);
        if (grant.Token is not null)
        {
            return Problem(StatusCodes.Status403Forbidden, "Generating a token takes the Direct Line secret, not a token.");
        }

        var (request, problem) = await ReadStartRequestAsync(http.Request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var issued = await tokens.IssueAsync(DirectLineChannel.NewConversationId(), UserIdFor(request, grant), cancellationToken);
        return Json(new DirectLineTokenResponse(issued.Claims.ConversationId, issued.Token, issued.ExpiresIn));
    }

    private static async Task<IResult> RefreshAsync(HttpContext http, DirectLineTokens tokens, CancellationToken cancellationToken)
    {
        if (DirectLineGrant.Of(http).Token is not { } claims)
        {
            return Problem(StatusCodes.Status403Forbidden, "Only a token can be refreshed.");
        }

        var issued = await tokens.IssueAsync(claims.ConversationId, claims.UserId, cancellationToken);
        return Json(new DirectLineTokenResponse(claims.ConversationId, issued.Token, issued.ExpiresIn));
    }

    /// <summary>201 with a new conversation (and the bot's welcome in its log); 200 when the token's conversation already exists.</summary>
    private static async Task<IResult> StartAsync(
        HttpContext http, DirectLineTokens tokens, DirectLineInbound inbound, TimeProvider clock, CancellationToken cancellationToken)
    {
        var grant = DirectLineGrant.Of(http);
        var (request, problem) = await ReadStartRequestAsync(http.Request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        string token;
        int expiresIn;
        DirectLineTokenClaims claims;
        if (grant.Token is { } presented)
        {
            (token, claims) = (DirectLineAuthentication.Bearer(http.Request)!, presented);
            expiresIn = (int)Math.Max(0, (presented.ExpiresAt - clock.GetUtcNow()).TotalSeconds);
        }
        else
        {
            var issued = await tokens.IssueAsync(DirectLineChannel.NewConversationId(), UserIdFor(request, grant), cancellationToken);
            (token, claims, expiresIn) = (issued.Token, issued.Claims, issued.ExpiresIn);
        }

        var created = await inbound.StartAsync(claims.ConversationId, claims.UserId, request?.Locale, cancellationToken);
        var body = new DirectLineConversationResponse(claims.ConversationId, token, expiresIn, StreamUrl(http.Request, claims.ConversationId, token, watermark: null));
        return created ? Results.Json(body, ProtocolJson.Options, statusCode: StatusCodes.Status201Created) : Json(body);
    }

    /// <summary>Before every WebSocket reconnect: a fresh streamUrl that resumes after the client's watermark.</summary>
    private static async Task<IResult> ReconnectAsync(
        HttpContext http, string conversationId, DirectLineTokens tokens, DirectLineLog log, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!TryParseWatermark(http.Request, out var watermark))
        {
            return BadWatermark();
        }

        var userId = await log.FindUserAsync(conversationId, cancellationToken);
        if (userId is null)
        {
            return UnknownConversation(conversationId);
        }

        var (token, expiresIn) = DirectLineGrant.Of(http).Token is { } claims
            ? (DirectLineAuthentication.Bearer(http.Request)!, (int)Math.Max(0, (claims.ExpiresAt - clock.GetUtcNow()).TotalSeconds))
            : await IssueForSecretAsync(tokens, conversationId, userId, cancellationToken);
        return Json(new DirectLineConversationResponse(conversationId, token, expiresIn, StreamUrl(http.Request, conversationId, token, watermark)));
    }

    private static async Task<IResult> PostActivityAsync(
        HttpContext http, string conversationId, DirectLineInbound inbound, Microsoft.Extensions.Options.IOptions<DirectLineOptions> options, CancellationToken cancellationToken)
    {
        var grant = DirectLineGrant.Of(http);
        var read = await ActivityReader.ReadAsync(http.Request, options.Value.MaxActivityBytes, activity =>
            grant.Token is null && string.IsNullOrEmpty(activity.From?.Id) ? "'from.id' is required when posting with the secret" : null, cancellationToken);
        if (!read.IsValid)
        {
            return Problem(read.Status, read.Problem!);
        }

        try
        {
            var id = await inbound.PostAsync(conversationId, grant.Token?.UserId ?? read.Activity!.From!.Id!, read.Activity!, cancellationToken);
            return Json(new ResourceResponse(id));
        }
        catch (ConversationNotFoundException)
        {
            return UnknownConversation(conversationId);
        }
    }

    /// <summary>Polling (<c>webSocket: false</c>): the log after the client's watermark.</summary>
    private static async Task<IResult> GetActivitiesAsync(HttpContext http, string conversationId, DirectLineLog log, CancellationToken cancellationToken)
    {
        if (!TryParseWatermark(http.Request, out var watermark))
        {
            return BadWatermark();
        }

        var entries = await log.ReadAfterAsync(conversationId, watermark ?? 0, cancellationToken);
        if (entries is null)
        {
            return UnknownConversation(conversationId);
        }

        var last = entries.Count > 0 ? entries[^1].Watermark : watermark ?? 0;
        return Results.Text(DirectLineActivitySet.ToJson(entries, last), "application/json");
    }

    internal static bool TryParseWatermark(HttpRequest request, out long? watermark)
    {
        watermark = null;
        var text = request.Query["watermark"].ToString();
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            watermark = value;
            return true;
        }

        return false;
    }

    internal static IResult Problem(int status, string detail) =>
        Results.Problem(statusCode: status, title: ReasonPhrases.GetReasonPhrase(status), detail: detail);

    internal static IResult UnknownConversation(string conversationId) =>
        Problem(StatusCodes.Status404NotFound, $"There is no conversation '{conversationId}'.");

    internal static IResult BadWatermark() => Problem(StatusCodes.Status400BadRequest, "'watermark' must be a watermark this service returned.");

    private static IResult Json<T>(T body) => Results.Json(body, ProtocolJson.Options);

    private static async Task<(string Token, int ExpiresIn)> IssueForSecretAsync(DirectLineTokens tokens, string conversationId, string userId, CancellationToken cancellationToken)
    {
        var issued = await tokens.IssueAsync(conversationId, userId, cancellationToken);
        return (issued.Token, issued.ExpiresIn);
    }

    /// <summary>The user a new token names: the one asked for (the secret's holder may choose a "dl_" id), else a new one.</summary>
    private static string UserIdFor(DirectLineStartRequest? request, DirectLineGrant grant)
    {
        var requested = request?.User?.Id;
        var acceptable = requested is { Length: > 0 and <= 64 }
            && (grant.IsSecret || !requested.StartsWith("dl_", StringComparison.Ordinal));
        return acceptable ? requested! : DirectLineChannel.NewUserId();
    }

    private static async Task<(DirectLineStartRequest? Request, IResult? Problem)> ReadStartRequestAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        await using var body = await BoundedBody.ReadAsync(request, MaxStartRequestBytes, cancellationToken);
        if (body is null)
        {
            return (null, Problem(StatusCodes.Status413PayloadTooLarge, $"The body may be at most {MaxStartRequestBytes} bytes."));
        }

        try
        {
            return (body.Length == 0 ? null : await JsonSerializer.DeserializeAsync<DirectLineStartRequest>(body, ProtocolJson.Options, cancellationToken), null);
        }
        catch (JsonException ex)
        {
            return (null, Problem(StatusCodes.Status400BadRequest, $"The body is not valid JSON: {ex.Message}"));
        }
    }

    private static string StreamUrl(HttpRequest request, string conversationId, string token, long? watermark)
    {
        var url = $"{(request.IsHttps ? "wss" : "ws")}://{request.Host}{request.PathBase}{BasePath}/conversations/{Uri.EscapeDataString(conversationId)}/stream?t={Uri.EscapeDataString(token)}";
        return watermark is { } w ? url + "&watermark=" + w.ToString(CultureInfo.InvariantCulture) : url;
    }
}
