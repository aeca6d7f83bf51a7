using System.Net.Http.Headers;
using System.Text;

namespace WsisBot.Tests.Fuzz;

/// <summary>
/// Hostile request bodies from a fixed seed: the same run every time, bounded in count. The activity kinds
/// (0 to <see cref="ActivityKinds"/> − 1) suit an activity endpoint; the others (forms, multipart, nothing)
/// suit any endpoint.
/// </summary>
public static class FuzzInputs
{
    public sealed record Input(string Name, byte[] Body, string ContentType)
    {
        /// <summary>The body as request content, with its content type when it has one.</summary>
        public ByteArrayContent Content()
        {
            var content = new ByteArrayContent(Body);
            if (ContentType.Length > 0)
            {
                content.Headers.ContentType = MediaTypeHeaderValue.Parse(ContentType);
            }

            return content;
        }
    }

    public const int ActivityKinds = 8;
    public const int Kinds = 11;

    private static readonly string[] Types = ["message", "conversationUpdate", "invoke", "event", "typing", "endOfConversation", "", "MESSAGE", "trace", "🙂"];
    private static readonly string[] ContentTypes = ["application/json", "application/json; charset=utf-8", "text/plain", "application/xml", "multipart/form-data", "application/x-www-form-urlencoded", ""];
    private static readonly string[] FormFields = ["userName", "password", "returnUrl", "channelId", "userId", "confirm", "text", "id", "handler", "__RequestVerificationToken", ""];

    public static IEnumerable<Input> Generate(int seed, int count, string conversationId, string serviceUrl)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var input = Next(random, i % ActivityKinds, conversationId, serviceUrl);
            yield return input with { Name = $"{input.Name}-{i}" };
        }
    }

    /// <summary>One body of the given kind (0 to <see cref="Kinds"/> − 1); activities name the conversation and serviceUrl.</summary>
    public static Input Next(Random random, int kind, string conversationId, string serviceUrl) => kind switch
    {
        0 => Json("activity", RandomActivity(random, conversationId, serviceUrl)),
        1 => Json("truncated", Truncate(random, RandomActivity(random, conversationId, serviceUrl))),
        2 => Json("deep", Deep(random.Next(50, 400))),
        3 => Json("huge-string", $$"""{"type":"message","text":"{{new string('x', random.Next(10_000, 600_000))}}","conversation":{"id":"{{conversationId}}"},"serviceUrl":"{{serviceUrl}}"}"""),
        4 => new Input("invalid-utf8", InvalidUtf8(random, conversationId, serviceUrl), "application/json"),
        5 => new Input("content-type", Encoding.UTF8.GetBytes(RandomActivity(random, conversationId, serviceUrl)), ContentTypes[random.Next(ContentTypes.Length)]),
        6 => Json("wrong-types", WrongTypes(random, conversationId, serviceUrl)),
        7 => new Input("noise", Noise(random), "application/json"),
        8 => new Input("form", Form(random, antiforgeryToken: null), "application/x-www-form-urlencoded"),
        9 => Multipart(random),
        _ => new Input("empty", [], ContentTypes[random.Next(ContentTypes.Length)]),
    };

    /// <summary>A urlencoded form with the fields the inbox's pages read, and odd ones: missing, empty, huge, repeated, badly escaped.</summary>
    public static byte[] Form(Random random, string? antiforgeryToken)
    {
        var fields = new List<string>();
        if (antiforgeryToken is not null)
        {
            fields.Add("__RequestVerificationToken=" + Uri.EscapeDataString(antiforgeryToken));
        }

        for (var i = random.Next(0, 6); i > 0; i--)
        {
            var name = FormFields[random.Next(FormFields.Length)];
            var value = random.Next(6) switch
            {
                0 => "",
                1 => Uri.EscapeDataString(RandomText(random, random.Next(1, 40))),
                2 => new string('a', random.Next(4_000, 70_000)),
                3 => "%ZZ%C3%28%FF",
                4 => "yes",
                _ => "   ",
            };
            fields.Add(name + "=" + value);
        }

        if (random.Next(8) == 0)
        {
            // Past the form reader's count limit (1024 values).
            fields.AddRange(Enumerable.Range(0, 1_100).Select(i => $"k{i}=v"));
        }

        return Encoding.UTF8.GetBytes(string.Join(random.Next(5) == 0 ? ";" : "&", fields));
    }

    private static Input Json(string name, string body) => new(name, Encoding.UTF8.GetBytes(body), "application/json");

    private static Input Multipart(Random random)
    {
        const string boundary = "fuzz-boundary";
        var part = $"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"notes.txt\"\r\nContent-Type: text/plain\r\n\r\n{RandomText(random, random.Next(0, 200))}\r\n";
        return random.Next(4) switch
        {
            0 => new Input("multipart", Encoding.UTF8.GetBytes(part + $"--{boundary}--\r\n"), $"multipart/form-data; boundary={boundary}"),
            1 => new Input("multipart-unterminated", Encoding.UTF8.GetBytes(part), $"multipart/form-data; boundary={boundary}"),
            2 => new Input("multipart-no-boundary", Encoding.UTF8.GetBytes(part), "multipart/form-data"),
            _ => new Input("multipart-wrong-boundary", Encoding.UTF8.GetBytes(part), "multipart/form-data; boundary=\"" + new string('b', 200) + "\""),
        };
    }

    private static string RandomActivity(Random random, string conversationId, string serviceUrl)
    {
        var text = random.Next(4) switch
        {
            0 => "help",
            1 => RandomText(random, random.Next(0, 300)),
            2 => "<script>alert(1)</script>\u0000\u202E",
            _ => "",
        };
        var value = random.Next(3) switch
        {
            0 => "null",
            1 => """{"wsisAction":"confirm","wsisNonce":"00000000000000000000000000000000","email":{"nested":[1,2,3]}}""",
            _ => $$"""{"wsisAction":{{random.Next()}},"x":"{{RandomText(random, 20)}}"}""",
        };
        return $$"""
            {"type":"{{Types[random.Next(Types.Length)]}}","id":"f{{random.Next()}}","text":{{Quote(text)}},
             "locale":"{{(random.Next(3) == 0 ? "xx-YY" : "fr-FR")}}","channelId":"emulator","serviceUrl":"{{serviceUrl}}",
             "from":{"id":"fuzz-user"},"recipient":{"id":"bot"},"conversation":{"id":"{{conversationId}}"},
             "value":{{value}},"membersAdded":[{"id":"fuzz-user"}],"name":"adaptiveCard/action",
             "entities":[{"type":"mention","mentioned":{"id":"bot"},"text":null}],"attachments":[{"contentType":"x","content":{{(random.Next(2) == 0 ? "[]" : "\"s\"")}}}]}
            """;
    }

    private static string WrongTypes(Random random, string conversationId, string serviceUrl) => random.Next(5) switch
    {
        0 => $$"""{"type":"message","text":123,"conversation":{"id":"{{conversationId}}"},"serviceUrl":"{{serviceUrl}}"}""",
        1 => $$"""{"type":"message","conversation":"{{conversationId}}","serviceUrl":"{{serviceUrl}}"}""",
        2 => $$"""{"type":"message","from":[],"conversation":{"id":"{{conversationId}}"},"serviceUrl":"{{serviceUrl}}"}""",
        3 => $$"""{"type":"message","timestamp":"yesterday","conversation":{"id":"{{conversationId}}"},"serviceUrl":"{{serviceUrl}}"}""",
        _ => $$"""{"type":"message","entities":{"a":1},"conversation":{"id":"{{conversationId}}"},"serviceUrl":"{{serviceUrl}}"}""",
    };

    private static string Truncate(Random random, string json) => json[..random.Next(1, json.Length - 1)];

    private static string Deep(int depth) =>
        """{"type":"message","value":""" + string.Concat(Enumerable.Repeat("""{"a":""", depth)) + "1" + new string('}', depth) + "}";

    private static byte[] InvalidUtf8(Random random, string conversationId, string serviceUrl)
    {
        var head = Encoding.UTF8.GetBytes($$"""{"type":"message","conversation":{"id":"{{conversationId}}"},"serviceUrl":"{{serviceUrl}}","text":" """);
        byte[] bad = [0xC3, 0x28, 0xFF, 0xFE, 0xED, 0xA0, 0x80, (byte)random.Next(0x80, 0xFF)];
        return [.. head, .. bad, .. "\"}"u8.ToArray()];
    }

    /// <summary>Random bytes, up to 2 KB.</summary>
    public static byte[] Noise(Random random)
    {
        var bytes = new byte[random.Next(0, 2048)];
        random.NextBytes(bytes);
        return bytes;
    }

    /// <summary>Random characters from the Basic Multilingual Plane's lower part (Latin to CJK punctuation).</summary>
    public static string RandomText(Random random, int length)
    {
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            builder.Append((char)random.Next(0x20, 0x2FFF));
        }

        return builder.ToString();
    }

    private static string Quote(string text) => System.Text.Json.JsonSerializer.Serialize(text);
}
