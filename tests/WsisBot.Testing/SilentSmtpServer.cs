using System.Net;
using System.Net.Sockets;

namespace WsisBot.Testing;

/// <summary>
/// An SMTP server that accepts connections and never greets: a client waits on it until its own timeout or
/// cancellation. <see cref="Connected"/> completes when the first client is waiting.
/// </summary>
public sealed class SilentSmtpServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly List<TcpClient> _clients = [];
    private readonly TaskCompletionSource _connected = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private SilentSmtpServer()
    {
        _listener.Start();
        _ = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public Task Connected => _connected.Task;

    public static SilentSmtpServer Start() => new();

    private async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                var client = await _listener.AcceptTcpClientAsync();
                lock (_clients)
                {
                    _clients.Add(client);
                }

                _connected.TrySetResult();
            }
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
        {
            // Stopped.
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        lock (_clients)
        {
            _clients.ForEach(c => c.Dispose());
        }
    }
}
