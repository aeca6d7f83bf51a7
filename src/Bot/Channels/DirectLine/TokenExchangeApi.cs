using System.Text.Json;
using WsisBot.Bot.Protocol;

namespace WsisBot.Bot.Channels.DirectLine;

/// <summary>
/// What the web chat page receives: a token, the Direct Line to use it with when it is not this bot's own, and the key
/// that lets the page resume this conversation after a reload.
/// </summary>
public sealed record WebChatToken(
    string ConversationId,
    string Token,
    [property: System.Text.Json.Serialization.JsonPropertyName("expires_in")] int ExpiresIn,
    string? Domain,
    string Resume);

/// <summary>The optional body of <c>POST /api/directline/token</c>: the conversation the page had before a reload.</summary>
public sealed record WebChatResumeRequest(string? ConversationId, string? Resume);

/// <summary>
/// <c>POST /api/directline/token</c>, which the web chat page calls. With <c>DirectLine:Secret</c> set, the secret is
/// exchanged at <c>DirectLine:TokenEndpoint</c> (Azure Bot Service's Direct Line in production) so it never reaches
/// the browser; without it, the bot's own anonymous Direct Line issues the token. With a body naming the page's
/// conversation and its resume key, the token is for that conversation again (404 when it is gone, 403 when the key
/// is not that conversation's).
/// </summary>
public static class TokenExchangeApi
{
    public const string Path = "/api/directline/token";
    private const int MaxRequestBytes = 2048;

    public static IEndpointRouteBuilder MapTokenExchange(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, ExchangeAsync).RequireCors(DirectLineCors.TokenEndpoint).DisableAntiforgery().WithTags("Direct Line");
        return app;
    }

    private static async Task<IResult> ExchangeAsync(HttpContext http, WebChatTokens tokens, CancellationToken cancellationToken)
    {
        WebChatResumeRequest? request;
        await using (var body = await BoundedBody.ReadAsync(http.Request, MaxRequestBytes, cancellationToken))
        {
            if (body is null)
            {
                return DirectLineApi.Problem(StatusCodes.Status413PayloadTooLarge, $"The body may be at most {MaxRequestBytes} bytes.");
            }

            try
            {
                request = body.Length == 0 ? null : await JsonSerializer.DeserializeAsync<WebChatResumeRequest>(body, ProtocolJson.Options, cancellationToken);
            }
            catch (JsonException)
            {
                return NotAResumeRequest;
            }
        }

        return request switch
        {
            null or { ConversationId: null, Resume: null } => await tokens.StartAsync(cancellationToken),
            { ConversationId.Length: > 0, Resume.Length: > 0 } => await tokens.ResumeAsync(request.ConversationId, request.Resume, cancellationToken),
            _ => NotAResumeRequest,
        };
    }

    private static IResult NotAResumeRequest => DirectLineApi.Problem(StatusCodes.Status400BadRequest,
        "Pour reprendre une conversation, envoyez {\"conversationId\", \"resume\"} en JSON ; sans corps, une nouvelle commence. / "
        + "To resume a conversation, send {\"conversationId\", \"resume\"} as JSON; without a body, a new one starts.");
}
