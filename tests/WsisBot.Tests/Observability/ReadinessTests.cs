using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.Logging;
using WsisBot.Testing;

namespace WsisBot.Tests.Observability;

public class ReadinessTests
{
    [Fact]
    public async Task While_the_corpus_loads_readiness_is_503_without_logging_failures_and_liveness_is_200()
    {
        var corpus = TempFiles.NewDirectory("corpus");
        foreach (var letter in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Corpus")))
        {
            File.Copy(letter, Path.Combine(corpus, Path.GetFileName(letter)));
        }

        // A named pipe as the last letter: reading the corpus waits on it until the test writes into it.
        var lateLetter = Path.Combine(corpus, "2026-03-18_late-letter.txt");
        using (var mkfifo = Process.Start("mkfifo", [lateLetter]))
        {
            await mkfifo.WaitForExitAsync();
        }

        await using var bot = await BotServer.StartAsync(new Dictionary<string, string?>
        {
            ["Knowledge:CorpusPath"] = corpus,
            // Long enough that the watcher reads the folder again only after the pipe is gone.
            ["Knowledge:ReloadDelay"] = "00:00:05",
        }, waitUntilReady: false);
        var starting = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var ready = await bot.Client.GetAsync(new Uri("/healthz", UriKind.Relative));
            starting.Add(ready.StatusCode);
        }

        using var live = await bot.Client.GetAsync(new Uri("/healthz/live", UriKind.Relative));

        await File.WriteAllTextAsync(lateLetter, "Lettre de test.").WaitAsync(TimeSpan.FromSeconds(30));
        File.Delete(lateLetter);
        await bot.WaitUntilHealthyAsync();

        Assert.All(starting, status => Assert.Equal(HttpStatusCode.ServiceUnavailable, status));
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.DoesNotContain(bot.Logs.Lines, line => line.Category.StartsWith("Microsoft.Extensions.Diagnostics.HealthChecks", StringComparison.Ordinal) && line.Level >= LogLevel.Warning);
    }
}
