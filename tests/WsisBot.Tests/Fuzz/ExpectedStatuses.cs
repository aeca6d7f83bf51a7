namespace WsisBot.Tests.Fuzz;

/// <summary>
/// The statuses each route may answer a hostile request with, from its code: the refusals it makes on purpose
/// (including the deliberate 501s) and Kestrel's and routing's own. No 5xx is here by accident; a route the app
/// maps without an entry here fails the fuzz until someone decides what it may answer.
/// </summary>
public static class ExpectedStatuses
{
    /// <summary>Kestrel refuses before any route: a malformed request line or header (400), too long a target (414), too large headers (431).</summary>
    private static readonly int[] Malformed = [400, 414, 431];

    private static readonly int[] DirectLineAuth = [401, 403];

    private static readonly Dictionary<string, int[]> Routed = new(StringComparer.Ordinal)
    {
        // Health answers any method; 503 only while starting or stopping, which the fuzz never sees.
        ["/healthz"] = [200],
        ["/healthz/live"] = [200],

        // 501: an invoke the bot does not handle (PROTOCOL.md). Authentication is off in tests, so no 401.
        ["/api/messages"] = [200, 400, 413, 415, 501],

        // 502 only when the secret's exchange fails; the fuzz runs without a secret, so the bot issues the token itself.
        // 400, 403, 404, 413: a resume request that is not one, not the conversation's, for a conversation gone, too long.
        ["/api/directline/token"] = [200, 400, 403, 404, 413],

        ["/v3/directline/tokens/generate"] = [200, 400, 403, 413],
        ["/v3/directline/tokens/refresh"] = [200, .. DirectLineAuth],
        ["/v3/directline/conversations"] = [200, 201, 400, 403, 413],
        ["/v3/directline/conversations/{conversationId}"] = [200, 400, 404, .. DirectLineAuth],
        ["/v3/directline/conversations/{conversationId}/activities"] = [200, 400, 404, 413, 415, .. DirectLineAuth],
        // 501: uploads are declined on purpose, in both languages.
        ["/v3/directline/conversations/{conversationId}/upload"] = [501, .. DirectLineAuth],
        // Not a WebSocket request (HttpClient cannot make one): 400; the sockets are fuzzed apart.
        ["/v3/directline/conversations/{conversationId}/stream"] = [400, 404, .. DirectLineAuth],

        // Razor Pages answer any method: 302 to the login without a session, 400 without a valid anti-forgery token,
        // 405 for a method (or handler) the page does not have; 429: the login's ten requests a minute per address;
        // 403: a development sign-in code (?code=, or a form field of that name) that was never issued or is spent.
        ["/inbox"] = [200, 302, 405],
        ["/inbox/login"] = [200, 302, 403, 405, 429],
        ["/inbox/privacy"] = [200, 302, 405],
        ["/inbox/feedback"] = [200, 302, 405],
        ["/inbox/letters"] = [200, 302, 405],
        ["/inbox/tickets/{id:long}"] = [200, 302, 404, 405],

        // Without any sign-in configured the whole inbox is this route: 503 and how to set it up, on purpose.
        ["/inbox/{**rest}"] = [503],
    };

    private static readonly int[] StaticFile = [200, 206, 304, 412, 416];

    /// <summary>What <paramref name="request"/> may be answered with, or null when the route has no entry yet.</summary>
    public static IReadOnlySet<int>? For(FuzzRequest request) => For(request.Route, request.IsRoutedMethod);

    public static IReadOnlySet<int>? For(MappedRoute route, bool isRoutedMethod)
    {
        int[]? own = route.IsStaticFile ? StaticFile : Routed.GetValueOrDefault(route.Template);
        if (own is null)
        {
            return null;
        }

        var allowed = new HashSet<int>(Malformed);
        if (isRoutedMethod)
        {
            allowed.UnionWith(own);
        }
        else
        {
            // No endpoint for the method: 405 from routing (404 for a static file, which is no endpoint). On the
            // CORS routes an OPTIONS preflight is answered 204, or 404 when it asks for a method the route lacks.
            allowed.Add(route.IsStaticFile ? 404 : 405);
            if (route.Template.StartsWith("/v3/directline", StringComparison.Ordinal) || route.Template == "/api/directline/token")
            {
                allowed.UnionWith([204, 404]);
            }
        }

        if (route.Template.Contains('{', StringComparison.Ordinal))
        {
            // A hostile route value ("..", a huge one) may make the path match no route at all.
            allowed.Add(404);
        }

        return allowed;
    }
}
