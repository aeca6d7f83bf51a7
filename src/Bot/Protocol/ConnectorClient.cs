using System.Net.Http.Headers;
using System.Net.Http.Json;
using WsisBot.Bot.Protocol.Auth;

namespace WsisBot.Bot.Protocol;

/// <summary>
/// The Bot Connector REST API (v3): send and reply to activities.
/// Retries with backoff live on the HttpClient's resilience pipeline.
/// </summary>
public sealed class ConnectorClient(HttpClient http, ConnectorTokenProvider tokens)
{
    /// <summary>The most one send may take, its retries included (the HttpClient's timeout).</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>POST {serviceUrl}/v3/conversations/{id}/activities[/{replyToId}]; returns the channel's id for it.</summary>
    public async Task<string?> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        var conversationId = activity.Conversation?.Id ?? throw new ArgumentException("An outgoing activity needs a conversation id.", nameof(activity));
        var path = $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        if (!string.IsNullOrEmpty(activity.ReplyToId))
        {
            path += "/" + Uri.EscapeDataString(activity.ReplyToId);
        }

        using var request = await CreateRequestAsync(HttpMethod.Post, activity.ServiceUrl, path, cancellationToken);
        request.Content = JsonContent.Create(activity, options: ProtocolJson.Options);
        using var response = await http.SendAsync(request, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
        var body = await ReadBodyAsync<ResourceResponse>(response, cancellationToken);
        return body?.Id;
    }

    private async Task<HttpRequestMessage> CreateRequestAsync(HttpMethod method, string? serviceUrl, string path, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(serviceUrl) || !Uri.TryCreate(serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/", UriKind.Absolute, out var baseUri))
        {
            throw new ArgumentException($"Not a usable serviceUrl: '{serviceUrl}'.", nameof(serviceUrl));
        }

        var request = new HttpRequestMessage(method, new Uri(baseUri, path));
        var token = await tokens.GetTokenAsync(cancellationToken);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return request;
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var detail = await response.Content.ReadAsStringAsync(cancellationToken);
        throw new HttpRequestException(
            $"The channel answered {(int)response.StatusCode}: {Truncate(detail, 500)}", null, response.StatusCode);
    }

    private static async Task<T?> ReadBodyAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength == 0)
        {
            return default;
        }

        try
        {
            return await response.Content.ReadFromJsonAsync<T>(ProtocolJson.Options, cancellationToken);
        }
        catch (System.Text.Json.JsonException)
        {
            return default;
        }
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max] + "…";
}

public sealed record ResourceResponse(string? Id);
