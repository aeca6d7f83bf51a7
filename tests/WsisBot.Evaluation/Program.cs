using Microsoft.Extensions.Logging.Abstractions;
using WsisBot.Evaluation;
using WsisBot.Knowledge.Ingestion;

// dotnet run --project tests/WsisBot.Evaluation [-- --bot http://127.0.0.1:5000/] [--questions file] [--corpus folder]
// Without --bot, starts src/Bot on a loopback port with the set's clock and the corpus, and stops it at the end.
var options = Arguments.Parse(args);
var repository = Arguments.Repository();
var corpus = options.GetValueOrDefault("corpus") ?? Path.Combine(repository, "src", "Knowledge", "Corpus");
var set = EvaluationSet.Load(options.GetValueOrDefault("questions"));
var grader = new Grader(new CorpusLoader(NullLogger<CorpusLoader>.Instance).Load(corpus), set.Clock);

await using var sink = await ReplySink.StartAsync();
BotProcess? started = null;
var botUrl = options.GetValueOrDefault("bot") is { } given ? new Uri(given.TrimEnd('/') + "/") : null;
if (botUrl is null)
{
    Console.WriteLine($"Starting the bot (src/Bot) with Clock:Now={set.Clock:O} …");
    started = await BotProcess.StartAsync(repository, set.Clock, corpus, TimeSpan.FromMinutes(5));
    botUrl = started.Url;
}

try
{
    using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
    var bot = new HttpBot(http, botUrl, sink);
    Console.WriteLine($"Asking {set.Questions.Count} questions at {botUrl}api/messages (clock {set.Clock:O}) …");
    var board = await EvaluationRun.RunAsync(set, grader, bot.AskAsync);
    Console.WriteLine(board.Report());
    return board.MeetsTargets ? 0 : 1;
}
finally
{
    if (started is not null)
    {
        await started.DisposeAsync();
    }
}
