using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using WsisBot.Bot.Channels.DirectLine;
using WsisBot.Testing;
using Xunit.Abstractions;

namespace WsisBot.Tests.Fuzz;

/// <summary>
/// Garbage on real Direct Line WebSockets opened with a valid token: the server ignores what it may ignore (its stream
/// goes on) and closes on what breaks the protocol, never leaves a socket hanging, and the conversation still streams.
/// </summary>
[Collection(FuzzCollection.Name)]
public class StreamFuzzTests(FuzzFixture fixture, ITestOutputHelper output)
{
    private const int Seed = 20260305;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private enum Outcome
    {
        StillStreams,
        ClosedByServer,
        AbortedByClient,
        Hung,
    }

    [Fact]
    public async Task Garbage_frames_are_ignored_or_closed_and_the_stream_goes_on()
    {
        var random = new Random(Seed);
        var results = new List<(string Case, Outcome Outcome)>();

        foreach (var (name, send) in ClientCases(random))
        {
            using var socket = new ClientWebSocket();
            await socket.ConnectAsync(new Uri(fixture.Fuzzed.StreamUrl), CancellationToken.None);
            try
            {
                await send(socket);
            }
            catch (WebSocketException)
            {
                // The server closed while we were sending: an outcome like any other.
            }

            results.Add((name, await OutcomeAsync(socket)));
            await CloseAsync(socket);
        }

        var stream = new Uri(fixture.Fuzzed.StreamUrl);
        foreach (var (name, bytes) in WebSocketFrames.Hostile(random))
        {
            using var connection = await RawConnection.OpenAsync(fixture.Bot.BaseAddress);
            await connection.SendAsync(WebSocketFrames.Handshake(stream.PathAndQuery, stream.Authority, random));
            Assert.Equal(101, await connection.ReadStatusAsync(Patience));
            await connection.SendAsync(bytes);
            // Then a clean close, and the client goes (which ends a frame that announced more than it carried).
            await connection.SendAsync(WebSocketFrames.NormalClose(random));
            connection.EndSending();
            results.Add(($"raw: {name}", await connection.ClosedByServerAsync(Patience) ? Outcome.ClosedByServer : Outcome.Hung));
        }

        output.WriteLine(string.Join('\n', results.Select(r => $"{r.Case}: {r.Outcome}")));
        Assert.DoesNotContain(results, r => r.Outcome == Outcome.Hung);
        await AssertEverySocketEndedAsync();
        await StillServing.AssertHealthyAsync(fixture.Bot);
        await using var after = await fixture.Fuzzed.ConnectAsync();
        var id = await fixture.Fuzzed.PostAsync(fixture.Fuzzed.Message("aide"));
        await after.WaitForAsync(a => a.IsReplyTo(id));
        StillServing.AssertNoErrorsLogged(fixture.Bot);
    }

    [Fact]
    public async Task Odd_handshakes_get_a_planned_status()
    {
        var random = new Random(Seed);
        var stream = new Uri(fixture.Fuzzed.StreamUrl);
        var path = stream.AbsolutePath;
        var token = Uri.EscapeDataString(fixture.Fuzzed.Token);
        var cases = new (string Name, byte[] Bytes, int Expected)[]
        {
            ("version 99", WebSocketFrames.Handshake(stream.PathAndQuery, stream.Authority, random, version: "99"), 400),
            ("no token", WebSocketFrames.Handshake(path, stream.Authority, random), 401),
            ("garbage token", WebSocketFrames.Handshake($"{path}?t=garbage", stream.Authority, random), 403),
            ("another conversation's token", WebSocketFrames.Handshake($"{path}?t={Uri.EscapeDataString(fixture.Other.Token)}", stream.Authority, random), 403),
            ("watermark abc", WebSocketFrames.Handshake($"{path}?t={token}&watermark=abc", stream.Authority, random), 400),
            ("watermark past a long", WebSocketFrames.Handshake($"{path}?t={token}&watermark=9223372036854775808", stream.Authority, random), 400),
            ("the last watermark there can be", WebSocketFrames.Handshake($"{path}?t={token}&watermark=9223372036854775807", stream.Authority, random), 101),
            ("unknown conversation", WebSocketFrames.Handshake($"/v3/directline/conversations/nope/stream?t={token}", stream.Authority, random), 403),
        };

        var statuses = new List<string>();
        foreach (var (name, bytes, expected) in cases)
        {
            using var connection = await RawConnection.OpenAsync(fixture.Bot.BaseAddress);
            await connection.SendAsync(bytes);
            var status = await connection.ReadStatusAsync(Patience);
            if (status != expected)
            {
                statuses.Add($"{name}: {status}, expected {expected}");
            }
        }

        Assert.Empty(statuses);
    }

    /// <summary>What a ClientWebSocket can send wrongly: frames the server should read and drop, and two it must close on.</summary>
    private static IEnumerable<(string Name, Func<ClientWebSocket, Task> Send)> ClientCases(Random random)
    {
        yield return ("binary noise", async socket =>
        {
            for (var i = 0; i < 5; i++)
            {
                await socket.SendAsync(FuzzInputs.Noise(random), WebSocketMessageType.Binary, true, CancellationToken.None);
            }
        });
        yield return ("a 4 MB binary frame", socket => socket.SendAsync(new byte[4 * 1024 * 1024], WebSocketMessageType.Binary, true, CancellationToken.None));
        yield return ("a 2 MB text frame", socket => socket.SendAsync(Encoding.UTF8.GetBytes(new string('x', 2 * 1024 * 1024)), WebSocketMessageType.Text, true, CancellationToken.None));
        yield return ("2000 frames at once", async socket =>
        {
            for (var i = 0; i < 2000; i++)
            {
                await socket.SendAsync("{}"u8.ToArray(), WebSocketMessageType.Text, true, CancellationToken.None);
            }
        });
        yield return ("an activity sent on the socket", socket =>
            socket.SendAsync(Encoding.UTF8.GetBytes("""{"type":"message","text":"aide","from":{"id":"intruder"}}"""), WebSocketMessageType.Text, true, CancellationToken.None));
        yield return ("a message never finished", async socket =>
        {
            for (var i = 0; i < 50; i++)
            {
                await socket.SendAsync(Encoding.UTF8.GetBytes(FuzzInputs.RandomText(random, 100)), WebSocketMessageType.Text, false, CancellationToken.None);
            }
        });
        yield return ("invalid UTF-8 text", socket => socket.SendAsync(new byte[] { 0xC3, 0x28, 0xFF, 0xFE }, WebSocketMessageType.Text, true, CancellationToken.None));
        yield return ("close with status 4999 and a long reason", socket =>
            socket.CloseOutputAsync((WebSocketCloseStatus)4999, new string('r', 120), CancellationToken.None));
        yield return ("aborted", socket =>
        {
            socket.Abort();
            return Task.CompletedTask;
        });
    }

    /// <summary>After the garbage: a normal message's reply arrives on this socket, or the server has closed it; anything else hangs.</summary>
    private async Task<Outcome> OutcomeAsync(ClientWebSocket socket)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseSent))
        {
            return socket.State == WebSocketState.Aborted ? Outcome.AbortedByClient : Outcome.ClosedByServer;
        }

        var id = await fixture.Fuzzed.PostAsync(fixture.Fuzzed.Message("aide"));
        using var deadline = new CancellationTokenSource(Patience);
        var buffer = new byte[64 * 1024];
        using var frame = new MemoryStream();
        try
        {
            while (true)
            {
                var received = await socket.ReceiveAsync(buffer, deadline.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    return Outcome.ClosedByServer;
                }

                frame.Write(buffer, 0, received.Count);
                if (!received.EndOfMessage)
                {
                    continue;
                }

                if (frame.Length > 0 && socket.State == WebSocketState.Open && RepliesTo(frame.ToArray(), id))
                {
                    return Outcome.StillStreams;
                }

                frame.SetLength(0);
            }
        }
        catch (WebSocketException)
        {
            return Outcome.ClosedByServer;
        }
        catch (OperationCanceledException)
        {
            return Outcome.Hung;
        }
    }

    private static bool RepliesTo(byte[] frame, string id)
    {
        using var set = JsonDocument.Parse(frame);
        return set.RootElement.GetProperty("activities").EnumerateArray().Any(a => a.IsReplyTo(id));
    }

    private static async Task CloseAsync(ClientWebSocket socket)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            // The server is gone already.
        }
    }

    /// <summary>Every handler of the garbage sockets returned: the conversation has no subscriber left on this instance.</summary>
    private async Task AssertEverySocketEndedAsync()
    {
        var streams = fixture.Bot.Services.GetRequiredService<DirectLineStreams>();
        var deadline = DateTime.UtcNow + Patience;
        while (streams.HasSubscribers(fixture.Fuzzed.ConversationId) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.False(streams.HasSubscribers(fixture.Fuzzed.ConversationId), "A garbage socket's handler is still running.");
    }
}
