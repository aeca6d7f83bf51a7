using System.Net;
using System.Net.Sockets;

namespace WsisBot.Tests.Fuzz;

/// <summary>
/// Connections to the bot each from its own loopback address (127.0.x.y), as many clients would come: the limits
/// per address (the inbox login's ten a minute) do not turn the fuzz away before it reaches the handlers. Where the
/// system has only 127.0.0.1 (macOS), connections come from there.
/// </summary>
public static class LoopbackClients
{
    private static int _last;

    public static async Task<Socket> ConnectAsync(int port, CancellationToken cancellationToken = default)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            var n = Interlocked.Increment(ref _last) % 60_000;
            try
            {
                socket.Bind(new IPEndPoint(new IPAddress([127, 0, (byte)(n / 250), (byte)(2 + n % 250)]), 0));
            }
            catch (SocketException ex) when (ex.SocketErrorCode == SocketError.AddressNotAvailable)
            {
                // Not all of 127/8 is loopback here.
            }

            await socket.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
            return socket;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
