using System.Text;

namespace WsisBot.Tests.Fuzz;

/// <summary>
/// Requests broken below what HttpClient lets through, for one route: raw invalid UTF-8 in the target and in a
/// header, a body cut short by a client that goes away, malformed and oversized chunked bodies, contradictory or
/// invalid framing headers. Each carries a valid token, so a handler that reads the body gets to read it.
/// </summary>
public static class WireRequests
{
    public sealed record WireRequest(string Name, byte[] Bytes, bool EndSending);

    public static IEnumerable<WireRequest> For(string method, string target, Uri baseAddress, FuzzTargets targets)
    {
        var host = baseAddress.Authority;
        var token = targets.Token;
        var activity = $$"""{"type":"message","text":"aide","locale":"fr-FR","from":{"id":"fuzz-user"},"conversation":{"id":"{{targets.ConnectorConversationId}}"},"serviceUrl":"{{targets.ServiceUrl}}"}""";
        var head = $"{method} {target} HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {token}\r\nConnection: close\r\n";
        const string json = "Content-Type: application/json\r\n";

        yield return new("invalid UTF-8 in the target", [.. Ascii($"{method} {target}"), 0xC3, 0x28, 0xFF, 0x00, .. Ascii($" HTTP/1.1\r\nHost: {host}\r\n\r\n")], false);
        yield return new("invalid UTF-8 in a header", [.. Ascii(head), .. "X-Fuzz: "u8, 0xFF, 0xFE, 0xC3, 0x28, .. "\r\n\r\n"u8], false);
        yield return new("body cut short", Ascii($"{head}{json}Content-Length: 500\r\n\r\n{activity[..40]}"), true);
        yield return new("chunked body cut short", Ascii($"{head}{json}Transfer-Encoding: chunked\r\n\r\n40\r\n{activity[..20]}"), true);
        yield return new("malformed chunk size", Ascii($"{head}{json}Transfer-Encoding: chunked\r\n\r\nzz\r\n{activity}\r\n0\r\n\r\n"), false);
        yield return new("chunk longer than announced", Ascii($"{head}{json}Transfer-Encoding: chunked\r\n\r\n5\r\n{activity}\r\n0\r\n\r\n"), false);
        yield return new("chunked past the limits", Ascii($"{head}{json}Transfer-Encoding: chunked\r\n\r\n{Chunks(300 * 1024)}0\r\n\r\n"), false);
        yield return new("Content-Length and chunked", Ascii($"{head}{json}Content-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n{activity.Length:x}\r\n{activity}\r\n0\r\n\r\n"), false);
        yield return new("invalid Content-Length", Ascii($"{head}{json}Content-Length: -1\r\n\r\n{activity}"), false);
        yield return new("two Content-Lengths", Ascii($"{head}{json}Content-Length: {activity.Length}\r\nContent-Length: 2\r\n\r\n{activity}"), false);
        yield return new("bare LF line ends", Ascii($"{head}{json}Content-Length: {activity.Length}\r\n\r\n{activity}".Replace("\r\n", "\n", StringComparison.Ordinal)), false);
        yield return new("HTTP/1.0 without Host", Ascii($"{method} {target} HTTP/1.0\r\nAuthorization: Bearer {token}\r\n{json}Content-Length: {activity.Length}\r\n\r\n{activity}"), false);
        yield return new("absolute-form target for another host", Ascii($"{method} http://evil.example{target} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"), false);
    }

    private static string Chunks(int total)
    {
        var chunk = new string('x', 8 * 1024);
        var builder = new StringBuilder();
        for (var sent = 0; sent < total; sent += chunk.Length)
        {
            builder.Append(System.Globalization.CultureInfo.InvariantCulture, $"{chunk.Length:x}\r\n{chunk}\r\n");
        }

        return builder.ToString();
    }

    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);
}
