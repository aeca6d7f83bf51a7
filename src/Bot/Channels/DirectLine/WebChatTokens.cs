using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.Options;
using WsisBot.Bot.Protocol;

namespace WsisBot.Bot.Channels.DirectLine;

/// <summary>
/// The tokens the web chat page starts or resumes a conversation with: from the bot's own Direct Line, or, with
/// <c>DirectLine:Secret</c> set, from the Direct Line at <c>DirectLine:TokenEndpoint</c> (generate to start; a
/// reconnect with the secret, which answers with a token for that conversation, to resume).
/// </summary>
public sealed class WebChatTokens(
    DirectLineTokens tokens, DirectLineLog log, ResumeKeys resumeKeys, IHttpClientFactory httpClients,
    IOptions<DirectLineOptions> options, ILogger<WebChatTokens> logger)
{
    private static readonly IResult Unavailable = DirectLineApi.Problem(StatusCodes.Status502BadGateway,
        "Le chat est momentanément indisponible. / The chat is unavailable for a moment.");

    private static readonly IResult NotResumable = DirectLineApi.Problem(StatusCodes.Status403Forbidden,
        "Cette conversation ne peut pas être reprise ici. / This conversation cannot be resumed here.");

    private static readonly IResult Gone = DirectLineApi.Problem(StatusCodes.Status404NotFound,
        "Cette conversation n'est plus disponible. / This conversation is no longer available.");

    private DirectLineOptions Options => options.Value;

    public async Task<IResult> StartAsync(CancellationToken cancellationToken)
    {
        var userId = DirectLineChannel.NewUserId();
        if (!Options.HasSecret)
        {
            var issued = await tokens.IssueAsync(DirectLineChannel.NewConversationId(), userId, cancellationToken);
            return await GrantAsync(issued.Claims.ConversationId, issued.Token, issued.ExpiresIn, domain: null, userId, cancellationToken);
        }

        using var request = WithSecret(HttpMethod.Post, Options.TokenEndpoint);
        request.Content = JsonContent.Create(new DirectLineStartRequest(new DirectLineStartUser(userId, null), null), options: ProtocolJson.Options);
        var (status, body) = await SendAsync<DirectLineTokenResponse>(request, cancellationToken);
        return body is { Token.Length: > 0, ConversationId.Length: > 0 }
            ? await GrantAsync(body.ConversationId, body.Token, body.ExpiresIn, Domain, userId, cancellationToken)
            : Failed(status);
    }

    public async Task<IResult> ResumeAsync(string conversationId, string resumeKey, CancellationToken cancellationToken)
    {
        if (await resumeKeys.VerifyAsync(conversationId, resumeKey, cancellationToken) is not { } userId)
        {
            return NotResumable;
        }

        if (!Options.HasSecret)
        {
            var owner = await log.FindUserAsync(conversationId, cancellationToken);
            if (owner != userId)
            {
                return owner is null ? Gone : NotResumable;
            }

            var issued = await tokens.IssueAsync(conversationId, userId, cancellationToken);
            return await GrantAsync(conversationId, issued.Token, issued.ExpiresIn, domain: null, userId, cancellationToken);
        }

        using var request = WithSecret(HttpMethod.Get, $"{Domain}/conversations/{Uri.EscapeDataString(conversationId)}");
        var (status, body) = await SendAsync<DirectLineConversationResponse>(request, cancellationToken);
        return body is { Token.Length: > 0 }
            ? await GrantAsync(conversationId, body.Token, body.ExpiresIn, Domain, userId, cancellationToken)
            : status is HttpStatusCode.NotFound or HttpStatusCode.Forbidden ? Gone : Failed(status);
    }

    /// <summary>".../v3/directline/tokens/generate" → ".../v3/directline", the base DirectLineJS calls its domain.</summary>
    private string Domain
    {
        get
        {
            const string suffix = "/tokens/generate";
            var endpoint = Options.TokenEndpoint;
            return endpoint.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) ? endpoint[..^suffix.Length] : endpoint;
        }
    }

    private async Task<IResult> GrantAsync(string conversationId, string token, int expiresIn, string? domain, string userId, CancellationToken cancellationToken)
    {
        var resume = await resumeKeys.IssueAsync(conversationId, userId, cancellationToken);
        return Results.Json(new WebChatToken(conversationId, token, expiresIn, domain, resume), ProtocolJson.Options);
    }

    private HttpRequestMessage WithSecret(HttpMethod method, string url)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Options.Secret);
        return request;
    }

    /// <summary>The Direct Line's status and body (null unless it succeeded); status null when it could not be reached.</summary>
    private async Task<(HttpStatusCode? Status, T? Body)> SendAsync<T>(HttpRequestMessage request, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            using var response = await httpClients.CreateClient(nameof(WebChatTokens)).SendAsync(request, cancellationToken);
            var body = response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<T>(ProtocolJson.Options, cancellationToken) : null;
            return (response.StatusCode, body);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
        {
            logger.LogError(ex, "The Direct Line at {Url} could not be reached.", request.RequestUri);
            return (null, null);
        }
    }

    private IResult Failed(HttpStatusCode? status)
    {
        if (status is { } answered)
        {
            logger.LogError("The Direct Line at {Endpoint} answered {Status}.", Options.TokenEndpoint, (int)answered);
        }

        return Unavailable;
    }
}
