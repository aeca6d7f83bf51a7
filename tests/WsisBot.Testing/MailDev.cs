using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace WsisBot.Testing;

/// <summary>
/// A real SMTP server on loopback: maildev (npm, installed under tests/tools by test.sh), read back through its REST API.
/// </summary>
public sealed class MailDev : IAsyncDisposable
{
    private readonly Process _process;
    private readonly HttpClient _api;

    private MailDev(Process process, int smtpPort, int webPort)
    {
        _process = process;
        SmtpPort = smtpPort;
        _api = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{webPort}/") };
    }

    public int SmtpPort { get; }

    public static async Task<MailDev> StartAsync()
    {
        var script = Path.Combine(RepositoryRoot.Path, "tests", "tools", "node_modules", "maildev", "bin", "maildev");
        if (!File.Exists(script))
        {
            throw new InvalidOperationException($"maildev is not installed at {script}: run ./test.sh (it runs npm ci in tests/tools).");
        }

        int smtp = FreePort(), web = FreePort();
        var start = new ProcessStartInfo("node", [script, "--smtp", smtp.ToString(System.Globalization.CultureInfo.InvariantCulture), "--web", web.ToString(System.Globalization.CultureInfo.InvariantCulture), "--ip", "127.0.0.1", "--web-ip", "127.0.0.1", "--silent"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start maildev.");
        var mail = new MailDev(process, smtp, web);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var response = await mail._api.GetAsync(new Uri("email", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return mail;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100);
        }

        await mail.DisposeAsync();
        throw new TimeoutException("maildev did not start within 20 s.");
    }

    /// <summary>Waits for a mail whose subject contains <paramref name="subjectPart"/>; returns maildev's JSON for it.</summary>
    public async Task<JsonElement> WaitForEmailAsync(string subjectPart, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (DateTime.UtcNow < deadline)
        {
            var emails = await _api.GetFromJsonAsync<JsonElement>(new Uri("email", UriKind.Relative));
            foreach (var email in emails.EnumerateArray())
            {
                if (email.GetProperty("subject").GetString()?.Contains(subjectPart, StringComparison.Ordinal) == true)
                {
                    return email;
                }
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"No e-mail with '{subjectPart}' in its subject arrived.");
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        _api.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
