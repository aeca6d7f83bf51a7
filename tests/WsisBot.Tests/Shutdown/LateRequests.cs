using System.Net.Sockets;

namespace WsisBot.Tests.Shutdown;

/// <summary>
/// Requests sent while a host stops, each on a new connection, until one is refused: what a channel meets when it
/// calls an instance that has begun to stop.
/// </summary>
public static class LateRequests
{
    public const string Refused = "refused";

    /// <summary>The connection was accepted by the operating system and closed before any response.</summary>
    public const string Dropped = "dropped";

    /// <summary>
    /// Outcomes in order: an HTTP status code (e.g. "200" for a request accepted just before Kestrel stopped
    /// listening, and drained), <see cref="Dropped"/>, or <see cref="Refused"/>, always the last.
    /// <paramref name="send"/> gets a client on a new connection and the attempt's number.
    /// </summary>
    public static async Task<IReadOnlyList<string>> SendUntilRefusedAsync(Uri baseAddress, Func<HttpClient, int, Task<HttpResponseMessage>> send)
    {
        var outcomes = new List<string>();
        for (var attempt = 0; attempt < 500; attempt++)
        {
            using var client = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.Zero }) { BaseAddress = baseAddress };
            try
            {
                using var response = await send(client, attempt);
                outcomes.Add(((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            catch (HttpRequestException ex) when (ex.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused })
            {
                outcomes.Add(Refused);
                return outcomes;
            }
            catch (HttpRequestException)
            {
                // Connected in the moment the listener closed: the kernel had queued the connection, Kestrel never took it.
                outcomes.Add(Dropped);
            }

            await Task.Delay(10);
        }

        throw new InvalidOperationException($"Still accepting after {outcomes.Count} requests: {string.Join(", ", outcomes.Distinct())}.");
    }

    /// <summary>Until the host stops listening; what came before does not matter to the caller.</summary>
    public static Task WaitUntilRefusedAsync(Uri baseAddress) =>
        SendUntilRefusedAsync(baseAddress, (client, _) => client.GetAsync(new Uri("/healthz/live", UriKind.Relative)));
}
