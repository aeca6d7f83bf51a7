using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WsisBot.Data;
using WsisBot.Testing;

namespace WsisBot.LoadBench;

/// <summary>
/// Starts the bot (its real Program, Kestrel on loopback, its own SQLite file), opens N Direct Line conversations,
/// each with a WebSocket, and has each ask question after question: POST, then wait for the reply on its socket.
/// Latency is POST → reply received. Only turns completed after the warm-up count.
/// </summary>
public static class LoadRun
{
    private static readonly (string Text, string Locale)[] Questions =
    [
        ("Quelle est la date limite pour les prix du SMSI ?", "fr-FR"),
        ("How much is a Gold partnership?", "en-US"),
        ("Où et quand a lieu le Forum ?", "fr-FR"),
        ("When is the deadline for the open consultation?", "en-US"),
        ("aide", "fr-FR"),
        ("help", "en-US"),
    ];

    public static async Task<BenchReport> RunAsync(BenchOptions options)
    {
        await using var bot = await BotServer.StartAsync(new Dictionary<string, string?>
        {
            ["Clock:Now"] = "2026-03-03T09:00:00Z",
            // The limits stay on, set above what 50 fast clients on one loopback address send.
            ["DirectLine:ActivitiesPerSecondPerConversation"] = "1000",
            ["DirectLine:ActivityBurstPerConversation"] = "1000",
            ["DirectLine:RequestsPerSecondPerClient"] = "100000",
            ["Logging:LogLevel:Default"] = "Error",
        }, options.DatabasePath);

        var clients = await Task.WhenAll(Enumerable.Range(0, options.Conversations).Select(_ => DirectLineClient.StartAsync(bot.Client)));
        var sockets = await Task.WhenAll(clients.Select(c => c.ConnectAsync()));
        await Task.WhenAll(sockets.Select(s => s.WaitForAsync(a => a.IsBotMessage())));

        var measuring = new Latencies();
        var errors = 0;
        var clock = Stopwatch.StartNew();
        var measureFrom = options.Warmup;
        var until = options.Warmup + options.Duration;
        var cpuBefore = TimeSpan.Zero;
        var measuredTime = TimeSpan.Zero;
        var start = new TaskCompletionSource();

        var conversations = clients.Select((client, index) => Task.Run(async () =>
        {
            var socket = sockets[index];
            for (var turn = index; clock.Elapsed < until; turn++)
            {
                var (text, locale) = Questions[turn % Questions.Length];
                var sent = clock.Elapsed;
                try
                {
                    var id = await client.PostAsync(client.Message(text, locale));
                    await socket.WaitForAsync(a => a.IsReplyTo(id), TimeSpan.FromSeconds(10));
                }
                catch (Exception ex) when (ex is HttpRequestException or TimeoutException or System.Net.WebSockets.WebSocketException)
                {
                    Interlocked.Increment(ref errors);
                    continue;
                }

                if (sent >= measureFrom && clock.Elapsed <= until)
                {
                    measuring.Add(clock.Elapsed - sent);
                }
            }
        })).ToList();

        await Task.Delay(measureFrom);
        cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var measureStart = clock.Elapsed;
        await Task.WhenAll(conversations);
        measuredTime = clock.Elapsed - measureStart;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;

        foreach (var socket in sockets)
        {
            await socket.DisposeAsync();
        }

        var (transcriptRows, logRows) = await CountRowsAsync(bot);
        return new BenchReport(
            options, measuring.Count, measuring.Count / options.Duration.TotalSeconds, measuring.Percentile(50), measuring.Percentile(90),
            measuring.Percentile(99), measuring.Max, errors, cpu / measuredTime, Process.GetCurrentProcess().PeakWorkingSet64, transcriptRows, logRows);
    }

    private static async Task<(long Transcript, long Log)> CountRowsAsync(BotServer bot)
    {
        await using var scope = bot.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WsisBotDbContext>();
        return (await db.Transcript.LongCountAsync(), await db.DirectLineActivities.LongCountAsync());
    }
}
