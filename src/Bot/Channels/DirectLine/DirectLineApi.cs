using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using WsisBot.Bot.Protocol;

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
        api.MapPost("/tokens/generate", GenerateAsync);
        api.MapPost("/tokens/refresh", RefreshAsync);
        api.MapPost("/conversations", StartAsync);
        api.MapGet("/conversations/{conversationId}", ReconnectAsync);
        api.MapPost("/conversations/{conversationId}/activities", PostActivityAsync).RequireRateLimiting(DirectLineRateLimits.PerConversation);
        api.MapGet("/conversations/{conversationId}/activities", GetActivitiesAsync);
        api.MapPost("/conversations/{conversationId}/upload", UploadAsync);
        api.MapGet("/conversations/{conversationId}/stream", DirectLineStream.HandleAsync);
        return app;
    }

    private static async Task<IResult> GenerateAsync(HttpContext http, DirectLineAuthenticator auth, DirectLineTokens tokens, CancellationToken cancellationToken)
    {
        var result = await auth.AuthenticateAsync(http.Request, allowAnonymous: true, cancellationToken);
        if (result.Grant is not { } grant || grant.Token is not null)
        {
            return result.Grant is null ? Refused(result) : Problem(StatusCodes.Status403Forbidden, "Generating a token takes the Direct Line secret, not a token.");
        }

        var (request, problem) = await ReadStartRequestAsync(http.Request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var issued = await tokens.IssueAsync(DirectLineChannel.NewConversationId(), UserIdFor(request, grant), cancellationToken);
        return Json(new DirectLineTokenResponse(issued.Claims.ConversationId, issued.Token, issued.ExpiresIn));
    }

    private static async Task<IResult> RefreshAsync(HttpContext http, DirectLineAuthenticator auth, DirectLineTokens tokens, CancellationToken cancellationToken)
    {
        var result = await auth.AuthenticateAsync(http.Request, allowAnonymous: false, cancellationToken);
        if (result.Grant?.Token is not { } claims)
        {
            return result.Grant is null ? Refused(result) : Problem(StatusCodes.Status403Forbidden, "Only a token can be refreshed.");
        }

        var issued = await tokens.IssueAsync(claims.ConversationId, claims.UserId, cancellationToken);
        return Json(new DirectLineTokenResponse(claims.ConversationId, issued.Token, issued.ExpiresIn));
    }

    /// <summary>201 with a new conversation (and the bot's welcome in its log); 200 when the token's conversation already exists.</summary>
    private static async Task<IResult> StartAsync(
        HttpContext http, DirectLineAuthenticator auth, DirectLineTokens tokens, DirectLineConversations conversations, TimeProvider clock, CancellationToken cancellationToken)
    {
        var result = await auth.AuthenticateAsync(http.Request, allowAnonymous: true, cancellationToken);
        if (result.Grant is not { } grant)
        {
            return Refused(result);
        }

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
            (token, claims) = (DirectLineAuthenticator.Bearer(http.Request)!, presented);
            expiresIn = (int)Math.Max(0, (presented.ExpiresAt - clock.GetUtcNow()).TotalSeconds);
        }
        else
        {
            var issued = await tokens.IssueAsync(DirectLineChannel.NewConversationId(), UserIdFor(request, grant), cancellationToken);
            (token, claims, expiresIn) = (issued.Token, issued.Claims, issued.ExpiresIn);
        }

        var created = await conversations.StartAsync(claims.ConversationId, claims.UserId, request?.Locale, cancellationToken);
        var body = new DirectLineConversationResponse(claims.ConversationId, token, expiresIn, StreamUrl(http.Request, claims.ConversationId, token, watermark: null));
        return created ? Results.Json(body, ProtocolJson.Options, statusCode: StatusCodes.Status201Created) : Json(body);
    }

    /// <summary>Before every WebSocket reconnect: a fresh streamUrl that resumes after the client's watermark.</summary>
    private static async Task<IResult> ReconnectAsync(
        HttpContext http, string conversationId, DirectLineAuthenticator auth, DirectLineTokens tokens, DirectLineConversations conversations, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (grant, refused) = await AuthorizeAsync(http, auth, conversationId, cancellationToken);
        if (grant is null)
        {
            return refused!;
        }

        if (!TryParseWatermark(http.Request, out var watermark))
        {
            return BadWatermark();
        }

        var userId = await conversations.FindUserAsync(conversationId, cancellationToken);
        if (userId is null)
        {
            return UnknownConversation(conversationId);
        }

        var (token, expiresIn) = grant.Token is { } claims
            ? (DirectLineAuthenticator.Bearer(http.Request)!, (int)Math.Max(0, (claims.ExpiresAt - clock.GetUtcNow()).TotalSeconds))
            : await IssueForSecretAsync(tokens, conversationId, userId, cancellationToken);
        return Json(new DirectLineConversationResponse(conversationId, token, expiresIn, StreamUrl(http.Request, conversationId, token, watermark)));
    }

    private static async Task<IResult> PostActivityAsync(
        HttpContext http, string conversationId, DirectLineAuthenticator auth, DirectLineConversations conversations, Microsoft.Extensions.Options.IOptions<DirectLineOptions> options, CancellationToken cancellationToken)
    {
        var (grant, refused) = await AuthorizeAsync(http, auth, conversationId, cancellationToken);
        if (grant is null)
        {
            return refused!;
        }

        var read = await ActivityReader.ReadAsync(http.Request, options.Value.MaxActivityBytes, activity =>
            grant.Token is null && string.IsNullOrEmpty(activity.From?.Id) ? "'from.id' is required when posting with the secret" : null, cancellationToken);
        if (!read.IsValid)
        {
            return Problem(read.Status, read.Problem!);
        }

        try
        {
            var id = await conversations.PostAsync(conversationId, grant.Token?.UserId ?? read.Activity!.From!.Id!, read.Activity!, cancellationToken);
            return Json(new ResourceResponse(id));
        }
        catch (DirectLineConversationNotFoundException)
        {
            return UnknownConversation(conversationId);
        }
    }

    /// <summary>Polling (<c>webSocket: false</c>): the log after the client's watermark.</summary>
    private static async Task<IResult> GetActivitiesAsync(
        HttpContext http, string conversationId, DirectLineAuthenticator auth, DirectLineConversations conversations, CancellationToken cancellationToken)
    {
        var (grant, refused) = await AuthorizeAsync(http, auth, conversationId, cancellationToken);
        if (grant is null)
        {
            return refused!;
        }

        if (!TryParseWatermark(http.Request, out var watermark))
        {
            return BadWatermark();
        }

        var entries = await conversations.ReadAfterAsync(conversationId, watermark ?? 0, cancellationToken);
        if (entries is null)
        {
            return UnknownConversation(conversationId);
        }

        var last = entries.Count > 0 ? entries[^1].Watermark : watermark ?? 0;
        return Results.Text(DirectLineActivitySet.ToJson(entries, last), "application/json");
    }

    private static async Task<IResult> UploadAsync(HttpContext http, string conversationId, DirectLineAuthenticator auth, CancellationToken cancellationToken)
    {
        var (grant, refused) = await AuthorizeAsync(http, auth, conversationId, cancellationToken);
        return grant is null
            ? refused!
            : Problem(StatusCodes.Status501NotImplemented,
                "L'envoi de fichiers n'est pas disponible dans ce chat. / Sending files is not available in this chat.");
    }

    /// <summary>The caller must hold the secret or this conversation's token (a token for another conversation is a 403).</summary>
    internal static async Task<(DirectLineGrant? Grant, IResult? Refused)> AuthorizeAsync(
        HttpContext http, DirectLineAuthenticator auth, string conversationId, CancellationToken cancellationToken, string? queryToken = null)
    {
        var result = await auth.AuthenticateAsync(http.Request, allowAnonymous: false, cancellationToken, queryToken);
        if (result.Grant is not { } grant)
        {
            return (null, Refused(result));
        }

        return grant.Allows(conversationId)
            ? (grant, null)
            : (null, Problem(StatusCodes.Status403Forbidden, "This token is for another conversation."));
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

    private static IResult Refused(DirectLineAuthResult result) => Problem(result.FailureStatus, result.Problem!);

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
