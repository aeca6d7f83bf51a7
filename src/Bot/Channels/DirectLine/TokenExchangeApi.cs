using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.Options;
using WsisBot.Bot.Protocol;

namespace WsisBot.Bot.Channels.DirectLine;

/// <summary>What the web chat page receives: a token, and the Direct Line to use it with when it is not this bot's own.</summary>
public sealed record WebChatToken(
    string ConversationId,
    string Token,
    [property: System.Text.Json.Serialization.JsonPropertyName("expires_in")] int ExpiresIn,
    string? Domain);

/// <summary>
/// <c>POST /api/directline/token</c>, which the web chat page calls. With <c>DirectLine:Secret</c> set, the secret is
/// exchanged at <c>DirectLine:TokenEndpoint</c> (Azure Bot Service's Direct Line in production) so it never reaches
/// the browser; without it, the bot's own anonymous Direct Line issues the token.
/// </summary>
public static class TokenExchangeApi
{
    public const string Path = "/api/directline/token";

    public static IEndpointRouteBuilder MapTokenExchange(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, ExchangeAsync).RequireCors(DirectLineCors.TokenEndpoint).DisableAntiforgery().WithTags("Direct Line");
        return app;
    }

    private static async Task<IResult> ExchangeAsync(
        DirectLineTokens tokens, IHttpClientFactory httpClients, IOptions<DirectLineOptions> options, ILogger<DirectLineOptions> logger, CancellationToken cancellationToken)
    {
        var userId = DirectLineChannel.NewUserId();
        if (!options.Value.HasSecret)
        {
            var issued = await tokens.IssueAsync(DirectLineChannel.NewConversationId(), userId, cancellationToken);
            return Results.Json(new WebChatToken(issued.Claims.ConversationId, issued.Token, issued.ExpiresIn, Domain: null), ProtocolJson.Options);
        }

        var endpoint = options.Value.TokenEndpoint;
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = JsonContent.Create(new DirectLineStartRequest(new DirectLineStartUser(userId, null), null), options: ProtocolJson.Options),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.Value.Secret);
        try
        {
            using var response = await httpClients.CreateClient(nameof(TokenExchangeApi)).SendAsync(request, cancellationToken);
            var body = response.IsSuccessStatusCode
                ? await response.Content.ReadFromJsonAsync<DirectLineTokenResponse>(ProtocolJson.Options, cancellationToken)
                : null;
            if (body is { Token.Length: > 0, ConversationId.Length: > 0 })
            {
                return Results.Json(new WebChatToken(body.ConversationId, body.Token, body.ExpiresIn, DomainOf(endpoint)), ProtocolJson.Options);
            }

            logger.LogError("The Direct Line token endpoint {Endpoint} answered {Status}.", endpoint, (int)response.StatusCode);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
        {
            logger.LogError(ex, "The Direct Line token endpoint {Endpoint} could not be reached.", endpoint);
        }

        return DirectLineApi.Problem(StatusCodes.Status502BadGateway,
            "Le chat est momentanément indisponible. / The chat is unavailable for a moment.");
    }

    /// <summary>".../v3/directline/tokens/generate" → ".../v3/directline", the base DirectLineJS calls its domain.</summary>
    private static string DomainOf(string tokenEndpoint)
    {
        const string suffix = "/tokens/generate";
        return tokenEndpoint.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) ? tokenEndpoint[..^suffix.Length] : tokenEndpoint;
    }
}
