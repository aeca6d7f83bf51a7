using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Routing.Patterns;

namespace WsisBot.Tests.Fuzz;

/// <summary>
/// A path for a route pattern with its parameters filled: the real ids (the fuzzed conversation, a real ticket)
/// when <c>real</c>, else now and then another conversation's id, else random, huge, unicode, percent-encoded or
/// path-breaking values.
/// </summary>
public static class RouteValues
{
    private static readonly string[] Odd =
    [
        "%FF%FE", "%C3%28", "%00", "a%2Fb", "..", "%2e%2e", "%5C..%5C", "' OR 1=1 --", "%E2%80%AE", "%F0%9F%99%82",
        "a%20b", "%25", "null", "-1", "0", "{conversationId}", "%", "%ZZ", "~", "con|0000001",
    ];

    public static string Fill(Random random, RoutePattern pattern, FuzzTargets targets, bool real)
    {
        var path = new StringBuilder();
        foreach (var segment in pattern.PathSegments)
        {
            path.Append('/');
            foreach (var part in segment.Parts)
            {
                path.Append(part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternSeparatorPart separator => separator.Content,
                    RoutePatternParameterPart parameter => Value(random, parameter, targets, real),
                    _ => "",
                });
            }
        }

        return path.Length == 0 ? "/" : path.ToString();
    }

    private static string Value(Random random, RoutePatternParameterPart parameter, FuzzTargets targets, bool real)
    {
        if (parameter.IsCatchAll)
        {
            return string.Join('/', Enumerable.Range(0, random.Next(0, 4)).Select(_ => Any(random)));
        }

        var numeric = parameter.ParameterPolicies.Any(p => p.Content is "long" or "int");
        return (numeric, real ? 0 : random.Next(10)) switch
        {
            (true, < 2) => targets.TicketId.ToString(CultureInfo.InvariantCulture),
            (true, < 7) => random.Next(6) switch
            {
                0 => "0",
                1 => "-1",
                2 => long.MaxValue.ToString(CultureInfo.InvariantCulture),
                3 => "99999999999999999999999",
                4 => random.Next().ToString(CultureInfo.InvariantCulture),
                _ => "1e3",
            },
            (false, < 2) => Uri.EscapeDataString(targets.ConversationId),
            (false, < 4) => Uri.EscapeDataString(targets.OtherConversationId),
            _ => Any(random),
        };
    }

    private static string Hex(Random random, int length)
    {
        var bytes = new byte[(length + 1) / 2];
        random.NextBytes(bytes);
        return Convert.ToHexStringLower(bytes)[..length];
    }

    private static string Any(Random random) => random.Next(5) switch
    {
        0 => Odd[random.Next(Odd.Length)],
        1 => Uri.EscapeDataString(FuzzInputs.RandomText(random, random.Next(1, 30))),
        2 => new string('c', random.Next(1_000, 10_000)),
        3 => Hex(random, random.Next(1, 33)),
        _ => Uri.EscapeDataString("🙂\u202E\u0301ü") + random.Next(100).ToString(CultureInfo.InvariantCulture),
    };
}
