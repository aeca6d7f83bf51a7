using System.Text;

namespace WsisBot.Tests.Fuzz;

/// <summary>
/// WebSocket frames written by hand (RFC 6455), for what ClientWebSocket refuses to send: unmasked frames, reserved
/// bits, unknown opcodes, oversized or fragmented control frames, lengths that lie, bad close frames.
/// </summary>
public static class WebSocketFrames
{
    private const int Continuation = 0x0, Text = 0x1, Binary = 0x2, Close = 0x8, Ping = 0x9;

    /// <summary>The opening handshake for a stream URL's path and query.</summary>
    public static byte[] Handshake(string pathAndQuery, string host, Random random, string version = "13")
    {
        var key = new byte[16];
        random.NextBytes(key);
        return Encoding.ASCII.GetBytes(
            $"GET {pathAndQuery} HTTP/1.1\r\nHost: {host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" +
            $"Sec-WebSocket-Key: {Convert.ToBase64String(key)}\r\nSec-WebSocket-Version: {version}\r\n\r\n");
    }

    /// <summary>Frames that break the protocol, or announce more than they carry; random bytes.</summary>
    public static IEnumerable<(string Name, byte[] Bytes)> Hostile(Random random)
    {
        byte[] noise = [.. FuzzInputs.Noise(random)];
        yield return ("unmasked text frame", Frame(random, Text, "hello"u8.ToArray(), masked: false));
        yield return ("reserved bits set", Frame(random, Text, "hello"u8.ToArray(), rsv: 0b111));
        yield return ("unknown opcode", Frame(random, 0x3, noise));
        yield return ("ping longer than 125 bytes", Frame(random, Ping, new byte[200]));
        yield return ("fragmented ping", Frame(random, Ping, "p"u8.ToArray(), fin: false));
        yield return ("continuation without a start", Frame(random, Continuation, "orphan"u8.ToArray()));
        yield return ("invalid UTF-8 text", Frame(random, Text, [0xC3, 0x28, 0xFF, 0xFE, 0xED, 0xA0, 0x80]));
        yield return ("close with status 999", Frame(random, Close, [0x03, 0xE7, .. "bye"u8]));
        yield return ("close with a 1-byte body", Frame(random, Close, [0x03]));
        yield return ("close with an invalid UTF-8 reason", Frame(random, Close, [0x03, 0xE8, 0xC3, 0x28]));
        yield return ("length with the top bit set", [.. Frame(random, Binary, [], claimedLength: ulong.MaxValue)]);
        yield return ("a 1 TB frame that never comes", [.. Frame(random, Binary, noise, claimedLength: 1UL << 40)]);
        yield return ("random bytes", noise);
        yield return ("text frame longer than announced", [.. Frame(random, Text, "{}"u8.ToArray()), .. noise]);
    }

    /// <summary>A masked close frame (1000): how a well-behaved client ends.</summary>
    public static byte[] NormalClose(Random random) => Frame(random, Close, [0x03, 0xE8]);

    private static byte[] Frame(Random random, int opcode, byte[] payload, bool fin = true, bool masked = true, int rsv = 0, ulong? claimedLength = null)
    {
        var header = new List<byte> { (byte)((fin ? 0x80 : 0) | (rsv << 4) | opcode) };
        var length = claimedLength ?? (ulong)payload.Length;
        var mask = masked ? 0x80 : 0;
        if (length < 126)
        {
            header.Add((byte)(mask | (int)length));
        }
        else if (length <= ushort.MaxValue)
        {
            header.AddRange([(byte)(mask | 126), (byte)(length >> 8), (byte)length]);
        }
        else
        {
            header.Add((byte)(mask | 127));
            for (var shift = 56; shift >= 0; shift -= 8)
            {
                header.Add((byte)(length >> shift));
            }
        }

        if (!masked)
        {
            return [.. header, .. payload];
        }

        var key = new byte[4];
        random.NextBytes(key);
        return [.. header, .. key, .. payload.Select((b, i) => (byte)(b ^ key[i % 4]))];
    }
}
