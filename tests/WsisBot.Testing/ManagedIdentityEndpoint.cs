using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace WsisBot.Testing;

/// <summary>
/// App Service's managed identity endpoint on loopback, in its wire format (api-version 2019-08-01): a GET with
/// <c>resource</c> and <c>client_id</c> in the query and the <c>X-IDENTITY-HEADER</c> secret, answered with
/// <c>access_token</c>, <c>expires_on</c> (Unix seconds, as a string), <c>resource</c>, <c>token_type</c>, <c>client_id</c>.
/// Hand <see cref="Environment"/> to the process that should find it, as App Service does. Records every request.
/// </summary>
public sealed class ManagedIdentityEndpoint : IAsyncDisposable
{
    private const string Path = "/msi/token";

    private WebApplication? _app;
    private readonly ConcurrentQueue<Request> _requests = new();
    private readonly ConcurrentQueue<string> _issued = new();
    private readonly CancellationTokenSource _stopping = new();

    private ManagedIdentityEndpoint(string clientId) => ClientId = clientId;

    /// <summary>One call as it arrived.</summary>
    public sealed record Request(string? ApiVersion, string? Resource, string? ClientId, string? IdentityHeader);

    /// <summary>The user-assigned identity this endpoint issues tokens for.</summary>
    public string ClientId { get; }

    /// <summary>The secret App Service puts in IDENTITY_HEADER; a request without it is refused.</summary>
    public string Secret { get; } = Guid.NewGuid().ToString("N");

    public string Url { get; private set; } = "";

    /// <summary>IDENTITY_ENDPOINT and IDENTITY_HEADER, as App Service sets them for the app's process.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["IDENTITY_ENDPOINT"] = Url,
        ["IDENTITY_HEADER"] = Secret,
    };

    public IReadOnlyList<Request> Requests => [.. _requests];

    /// <summary>When set, requests are recorded and then held unanswered until the endpoint is disposed (an identity service that hangs).</summary>
    public bool Hangs { get; set; }

    /// <summary>The access tokens handed out, in order.</summary>
    public IReadOnlyList<string> IssuedTokens => [.. _issued];

    public static async Task<ManagedIdentityEndpoint> StartAsync(string clientId)
    {
        var endpoint = new ManagedIdentityEndpoint(clientId);
        (endpoint._app, var address) = await LoopbackServer.StartAsync(app => app.MapGet(Path, (Delegate)endpoint.Token));
        endpoint.Url = address + Path;
        return endpoint;
    }

    private async Task<IResult> Token(HttpContext http)
    {
        var query = http.Request.Query;
        var request = new Request(query["api-version"], query["resource"], query["client_id"], http.Request.Headers["X-IDENTITY-HEADER"]);
        _requests.Enqueue(request);
        if (Hangs)
        {
            using var held = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, _stopping.Token);
            await Task.Delay(Timeout.Infinite, held.Token).ContinueWith(_ => { }, TaskScheduler.Default);
            return Results.StatusCode(StatusCodes.Status504GatewayTimeout);
        }
        if (request.IdentityHeader != Secret)
        {
            return Results.Json(new { statusCode = 401, message = "Unauthorized: X-IDENTITY-HEADER is missing or wrong." }, statusCode: StatusCodes.Status401Unauthorized);
        }

        if (request.ApiVersion != "2019-08-01" || string.IsNullOrEmpty(request.Resource) || request.ClientId != ClientId)
        {
            return Results.Json(new { statusCode = 400, message = "Unable to load the proper Managed Identity." }, statusCode: StatusCodes.Status400BadRequest);
        }

        var token = $"mi-token-{_issued.Count + 1}-{Guid.NewGuid():N}";
        _issued.Enqueue(token);
        return Results.Json(new Dictionary<string, string>
        {
            ["access_token"] = token,
            ["expires_on"] = DateTimeOffset.UtcNow.AddHours(24).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["resource"] = request.Resource,
            ["token_type"] = "Bearer",
            ["client_id"] = ClientId,
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        _stopping.Dispose();
    }
}
