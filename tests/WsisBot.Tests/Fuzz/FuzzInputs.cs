using System.Text;

namespace WsisBot.Tests.Fuzz;

/// <summary>Hostile request bodies from a fixed seed: the same run every time, bounded in count.</summary>
public static class FuzzInputs
{
    public sealed record Input(string Name, byte[] Body, string ContentType);

    private static readonly string[] Types = ["message", "conversationUpdate", "invoke", "event", "typing", "endOfConversation", "", "MESSAGE", "trace", "🙂"];
    private static readonly string[] ContentTypes = ["application/json", "application/json; charset=utf-8", "text/plain", "application/xml", "multipart/form-data", "application/x-www-form-urlencoded", ""];

    public static IEnumerable<Input> Generate(int seed, int count, string conversationId, string serviceUrl)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            yield return (i % 8) switch
            {
                0 => Json($"activity-{i}", RandomActivity(random, conversationId, serviceUrl)),
                1 => Json($"truncated-{i}", Truncate(random, RandomActivity(random, conversationId, serviceUrl))),
                2 => Json($"deep-{i}", Deep(random.Next(50, 400))),
                3 => Json($"huge-string-{i}", $$"""{"type":"message","text":"{{new string('x', random.Next(10_000, 600_000))}}","conversation":{"id":"{{conversationId}}"},"serviceUrl":"{{serviceUrl}}"}"""),
                4 => new Input($"invalid-utf8-{i}", InvalidUtf8(random, conversationId, serviceUrl), "application/json"),
                5 => new Input($"content-type-{i}", Encoding.UTF8.GetBytes(RandomActivity(random, conversationId, serviceUrl)), ContentTypes[random.Next(ContentTypes.Length)]),
                6 => Json($"wrong-types-{i}", WrongTypes(random, conversationId, serviceUrl)),
                _ => new Input($"noise-{i}", Noise(random), "application/json"),
            };
        }
    }

    private static Input Json(string name, string body) => new(name, Encoding.UTF8.GetBytes(body), "application/json");

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

    private static byte[] Noise(Random random)
    {
        var bytes = new byte[random.Next(0, 2048)];
        random.NextBytes(bytes);
        return bytes;
    }

    private static string RandomText(Random random, int length)
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
