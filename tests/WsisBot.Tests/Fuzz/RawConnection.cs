using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace WsisBot.Tests.Fuzz;

/// <summary>
/// Bytes written as they are on a TCP connection to the bot, for what HttpClient and ClientWebSocket will not send:
/// raw invalid UTF-8 in a request line, a body cut short, malformed chunks, WebSocket frames that break the protocol.
/// </summary>
public sealed class RawConnection : IDisposable
{
    private readonly Socket _socket;
    private readonly NetworkStream _stream;

    private RawConnection(Socket socket)
    {
        _socket = socket;
        _stream = new NetworkStream(socket, ownsSocket: true);
    }

    /// <summary>A connection from a loopback address of its own (<see cref="LoopbackClients"/>).</summary>
    public static async Task<RawConnection> OpenAsync(Uri baseAddress) => new(await LoopbackClients.ConnectAsync(baseAddress.Port));

    public async Task SendAsync(byte[] bytes)
    {
        try
        {
            await _stream.WriteAsync(bytes);
        }
        catch (IOException)
        {
            // The server closed already (it may refuse before reading everything).
        }
    }

    /// <summary>No more bytes from this side (a FIN): what a client that dies mid-request looks like.</summary>
    public void EndSending() => _socket.Shutdown(SocketShutdown.Send);

    /// <summary>
    /// The status of the response's head (read through its blank line), 0 when the connection closed without one,
    /// −1 when nothing came within <paramref name="timeout"/>.
    /// </summary>
    public async Task<int> ReadStatusAsync(TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        var head = new List<byte>();
        var one = new byte[1];
        try
        {
            while (!EndsWithBlankLine(head) && await _stream.ReadAsync(one, deadline.Token) == 1)
            {
                head.Add(one[0]);
            }
        }
        catch (IOException)
        {
            // Reset by the server.
        }
        catch (OperationCanceledException)
        {
            return -1;
        }

        var line = Encoding.ASCII.GetString([.. head]).Split("\r\n")[0].Split(' ');
        return line.Length > 1 && int.TryParse(line[1], NumberStyles.None, CultureInfo.InvariantCulture, out var status) ? status : 0;
    }

    /// <summary>Reads and drops whatever comes until the server closes the connection: false when it is still open at the timeout.</summary>
    public async Task<bool> ClosedByServerAsync(TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        var buffer = new byte[16 * 1024];
        try
        {
            while (await _stream.ReadAsync(buffer, deadline.Token) > 0)
            {
            }

            return true;
        }
        catch (IOException)
        {
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private static bool EndsWithBlankLine(List<byte> head) =>
        head.Count >= 4 && head[^4] == '\r' && head[^3] == '\n' && head[^2] == '\r' && head[^1] == '\n';

    public void Dispose()
    {
        _stream.Dispose();
    }
}
