using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace WsisBot.Tests.Fuzz;

/// <summary>
/// Builds hostile requests from a seeded <see cref="Random"/>: the route's own methods and wrong ones, odd
/// query strings, credentials (none, garbage, malformed JWTs, another conversation's token, the right one),
/// odd headers, and the bodies of <see cref="FuzzInputs"/>; the inbox's pages also get sessions and
/// anti-forgery tokens (missing, foreign, garbage, valid) with forms. Half the requests are "real": the real ids,
/// the right token, the staff session, so that hostile bodies and queries get past authentication into the handlers.
/// </summary>
public static class FuzzRequests
{
    private static readonly string[] Methods = ["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "TRACE", "PROPFIND", "FUZZ", "get"];
    private static readonly string[] Watermarks = ["abc", "-1", "0", "3", "1.5", "%202", "9223372036854775807", "9223372036854775808", "%FF", "", "1&watermark=2"];
    private static readonly string[] Handlers = ["Export", "Delete", "Reply", "Close", "Logout", "export", "Nope", "", "Reply&handler=Close"];
    private static readonly string[] ContentTypes =
    [
        "application/json; charset=utf-16", "application/json; charset=bogus", ";;;", "application/json, text/plain", "text/json",
        "application/*", "APPLICATION/JSON", "application/problem+json", "application/x-www-form-urlencoded; charset=bogus", "multipart/form-data; boundary=",
    ];

    public static FuzzRequest Next(Random random, MappedRoute route, FuzzTargets targets)
    {
        var routed = route.Methods ?? ["GET", "POST", "HEAD"];
        var method = random.Next(3) == 0 ? Methods[random.Next(Methods.Length)] : routed[random.Next(routed.Count)];
        return Build(random, route, method, real: random.Next(2) == 0, Query(random, targets), targets);
    }

    /// <summary>
    /// Every odd value of the query parameters the app reads (watermark, handler), on each of the route's methods, as a
    /// real request: a sweep that random draws may miss.
    /// </summary>
    public static IEnumerable<FuzzRequest> Sweep(Random random, MappedRoute route, FuzzTargets targets)
    {
        foreach (var method in route.Methods ?? ["GET", "POST"])
        {
            foreach (var query in Watermarks.Select(w => "?watermark=" + w).Concat(Handlers.Select(h => "?handler=" + h)))
            {
                yield return Build(random, route, method, real: true, query, targets);
            }
        }
    }

    private static FuzzRequest Build(Random random, MappedRoute route, string method, bool real, string query, FuzzTargets targets)
    {
        var path = route.Pattern is null ? route.Template : RouteValues.Fill(random, route.Pattern, targets, real);
        var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path + query, UriKind.Relative));
        var notes = new List<string> { real ? "real" : "random" };
        Authorize(random, request, targets, real, notes);
        if (route.Template.StartsWith("/inbox", StringComparison.Ordinal))
        {
            Session(random, request, targets, method, real, notes);
        }
        else if (method is not ("GET" or "HEAD") || random.Next(3) == 0)
        {
            Body(random, request, targets, real, notes);
        }

        Headers(random, request, method, notes);
        var description = $"{method} {Shorten(path + query)} [{string.Join(", ", notes)}]";
        return new FuzzRequest(route, route.Methods is null || route.Methods.Contains(method, StringComparer.OrdinalIgnoreCase), description, request);
    }

    private static string Query(Random random, FuzzTargets targets)
    {
        var parts = new List<string>();
        if (random.Next(5) < 2)
        {
            // The parameter Direct Line reads on every GET.
            parts.Add("watermark=" + Watermarks[random.Next(Watermarks.Length)]);
        }

        for (var i = random.Next(0, 3); i > 0; i--)
        {
            parts.Add(random.Next(9) switch
            {
                1 => "watermark=" + Watermarks[random.Next(Watermarks.Length)],
                2 => "t=" + (random.Next(2) == 0 ? Uri.EscapeDataString(targets.Token) : "garbage"),
                3 => "handler=" + Handlers[random.Next(Handlers.Length)],
                4 => "status=" + (random.Next(3) switch { 0 => "Open", 1 => "99", _ => "%00" }),
                5 => "returnUrl=" + Uri.EscapeDataString(random.Next(3) switch { 0 => "//evil.example", 1 => "/inbox/../../etc", _ => "https://evil.example/" }),
                6 => "userId=" + Uri.EscapeDataString(FuzzInputs.RandomText(random, 10)),
                7 => "a=%ZZ&&=&b&%FF=%C3%28",
                8 => "q=" + new string('q', random.Next(2) == 0 ? 6_000 : 12_000),
                _ => "id=" + random.Next().ToString(CultureInfo.InvariantCulture),
            });
        }

        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    private static void Authorize(Random random, HttpRequestMessage request, FuzzTargets targets, bool real, List<string> notes)
    {
        var parts = targets.Token.Split('.');
        var other = targets.OtherToken.Split('.');
        var (name, value) = (real ? 3 : random.Next(12)) switch
        {
            0 or 1 or 2 => ("no auth", null),
            3 or 4 or 5 => ("its token", "Bearer " + targets.Token),
            6 => ("another conversation's token", "Bearer " + targets.OtherToken),
            7 => ("tampered token", $"Bearer {parts[0]}.{other[1]}.{parts[2]}"),
            8 => ("malformed JWT", random.Next(3) switch
            {
                0 => "Bearer eyJhbGciOiJub25lIn0.eyJjb252IjoieCJ9.",
                1 => "Bearer a.b.c",
                _ => "Bearer " + Convert.ToBase64String(FuzzInputs.Noise(random)),
            }),
            9 => ("garbage auth", random.Next(4) switch
            {
                0 => "Basic dXNlcjpwYXNz",
                1 => "Bearer",
                2 => "Bearer " + new string('t', 9_000),
                _ => "NTLM TlRMTVNTUAAB",
            }),
            10 => ("lower-case scheme", "bearer " + targets.Token),
            _ => ("token and junk", $"Bearer {targets.Token} junk"),
        };
        notes.Add(name);
        if (value is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", value);
        }
    }

    /// <summary>The inbox's pages: a session (none, staff, visitor, garbage) and, for unsafe methods, a form with an anti-forgery token.</summary>
    private static void Session(Random random, HttpRequestMessage request, FuzzTargets targets, string method, bool real, List<string> notes)
    {
        var (name, cookies, token) = (real ? 0 : random.Next(8)) switch
        {
            < 4 => ("staff", targets.Staff.Cookies, targets.Staff.Token),
            4 or 5 => ("visitor", targets.Visitor.Cookies, targets.Visitor.Token),
            6 => ("garbage cookies", "wsisbot.inbox=garbage; .AspNetCore.Antiforgery.x=%FF%00", "CfDJ8garbage"),
            _ => ("no session", null, null),
        };
        notes.Add(name);
        if (cookies is not null)
        {
            request.Headers.TryAddWithoutValidation("Cookie", cookies);
        }

        if (method is "GET" or "HEAD" && random.Next(4) != 0)
        {
            return;
        }

        if (random.Next(4) == 0)
        {
            Body(random, request, targets, real, notes);
            return;
        }

        var formToken = (real ? 3 : random.Next(6)) switch
        {
            0 => null,
            1 => name == "staff" ? targets.Visitor.Token : targets.Staff.Token,
            2 => "CfDJ8" + new string('A', random.Next(1, 300)),
            _ => token,
        };
        notes.Add(formToken == token && token is not null ? "form with its token" : "form with a wrong token");
        if (random.Next(3) != 0)
        {
            // The pages' handlers are named: most posts name one (or a wrong one).
            var uri = request.RequestUri!.OriginalString;
            request.RequestUri = new Uri($"{uri}{(uri.Contains('?', StringComparison.Ordinal) ? '&' : '?')}handler={Handlers[random.Next(Handlers.Length)]}", UriKind.Relative);
        }

        request.Content = new ByteArrayContent(FuzzInputs.Form(random, formToken));
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/x-www-form-urlencoded");
    }

    /// <summary>A body of any kind; a real request's is mostly an activity.</summary>
    private static void Body(Random random, HttpRequestMessage request, FuzzTargets targets, bool real, List<string> notes)
    {
        var kind = real && random.Next(4) != 0 ? random.Next(FuzzInputs.ActivityKinds) : random.Next(FuzzInputs.Kinds);
        var input = FuzzInputs.Next(random, kind, targets.ConnectorConversationId, targets.ServiceUrl);
        notes.Add(input.Name);
        request.Content = new ByteArrayContent(input.Body);
        var contentType = random.Next(8) == 0 ? ContentTypes[random.Next(ContentTypes.Length)] : input.ContentType;
        if (contentType.Length > 0)
        {
            request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            notes.Add(contentType);
        }

        if (random.Next(20) == 0)
        {
            request.Content.Headers.TryAddWithoutValidation("Content-Encoding", "gzip");
            notes.Add("gzip that is not");
        }
    }

    private static void Headers(Random random, HttpRequestMessage request, string method, List<string> notes)
    {
        if (method == "OPTIONS" || random.Next(10) == 0)
        {
            request.Headers.TryAddWithoutValidation("Origin", random.Next(3) switch { 0 => "https://evil.example", 1 => "null", _ => "https://www.wsis.org" });
            request.Headers.TryAddWithoutValidation("Access-Control-Request-Method", random.Next(2) == 0 ? "POST" : "DELETE");
            request.Headers.TryAddWithoutValidation("Access-Control-Request-Headers", "authorization,content-type,x-evil");
            notes.Add("CORS");
        }

        var (name, header, value) = random.Next(24) switch
        {
            0 => ("range", "Range", random.Next(4) switch { 0 => "bytes=0-10", 1 => "bytes=abc", 2 => "bytes=99999999-", _ => "bytes=5-1,0-1" }),
            1 => ("if-none-match", "If-None-Match", random.Next(2) == 0 ? "*" : "\"garbage\""),
            2 => ("if-modified-since", "If-Modified-Since", random.Next(2) == 0 ? "yesterday" : "Tue, 01 Jan 2999 00:00:00 GMT"),
            3 => ("odd accept", "Accept", random.Next(2) == 0 ? "application/xml;q=abc" : "*/*;q=0"),
            4 => ("odd host", "Host", random.Next(3) switch { 0 => "evil.example", 1 => "[::1", _ => "a b" }),
            5 => ("huge header", "X-Fuzz", new string('h', 40_000)),
            6 => ("non-ASCII header", "X-Fuzz", "héllo 🙂 \u202E"),
            7 => ("expect", "Expect", "100-continue"),
            8 => ("method override", "X-HTTP-Method-Override", "DELETE"),
            9 => ("forwarded", "X-Forwarded-For", "::1, 999.1.1.1, garbage"),
            10 => ("odd cookie", "Cookie", "a=%FF; ;=;" + new string('c', 3_000)),
            _ => ((string?)null, (string?)null, (string?)null),
        };
        if (name is not null)
        {
            request.Headers.TryAddWithoutValidation(header!, value);
            notes.Add(name);
        }
    }

    private static string Shorten(string text) =>
        text.Length <= 140 ? text : string.Create(CultureInfo.InvariantCulture, $"{text[..120]}…({text.Length} chars)");

    /// <summary>
    /// The client the fuzz sends with: no redirects, no cookie jar (sessions go by hand), any bytes in headers, and
    /// each request on a new connection from a loopback address of its own (<see cref="LoopbackClients"/>).
    /// </summary>
    public static HttpClient CreateClient(Uri baseAddress) =>
        new(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            RequestHeaderEncodingSelector = (_, _) => Encoding.UTF8,
            PooledConnectionLifetime = TimeSpan.Zero,
            ConnectCallback = async (context, cancellationToken) =>
                new NetworkStream(await LoopbackClients.ConnectAsync(context.DnsEndPoint.Port, cancellationToken), ownsSocket: true),
        })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };
}
