using Microsoft.Extensions.Logging.Abstractions;
using WsisBot.Evaluation;
using WsisBot.Knowledge.Ingestion;

// dotnet run --project tests/WsisBot.Evaluation [-- --bot http://127.0.0.1:5000/] [--sets a.json,b.json] [--corpus folder]
// Without --sets, runs the team's set and the outsiders' (questions.json, outsider-*.json); without --bot, starts
// src/Bot on a loopback port with the sets' clock and the corpus, and stops it at the end.
var options = Arguments.Parse(args);
var repository = Arguments.Repository();
var corpus = options.GetValueOrDefault("corpus") ?? Path.Combine(repository, "src", "Knowledge", "Corpus");
var paths = options.GetValueOrDefault("sets")?.Split(',') ?? [.. EvaluationSet.ShippedPaths];
var sets = paths.Select(p => EvaluationSet.Load(p)).ToList();
var clock = sets[0].Clock;
if (sets.FirstOrDefault(s => s.Clock != clock) is { } other)
{
    Console.Error.WriteLine($"Every set of one run needs the same clock: {sets[0].Name} has {clock:O}, {other.Name} has {other.Clock:O}.");
    return 2;
}

var targets = sets.Select(s => s.Targets).FirstOrDefault(t => t is not null) ?? new Targets(0.95, 0, 0.95, 0.98);
var grader = new Grader(new CorpusLoader(NullLogger<CorpusLoader>.Instance).Load(corpus), clock);

await using var sink = await ReplySink.StartAsync();
BotProcess? started = null;
var botUrl = options.GetValueOrDefault("bot") is { } given ? new Uri(given.TrimEnd('/') + "/") : null;
if (botUrl is null)
{
    Console.WriteLine($"Starting the bot (src/Bot) with Clock:Now={clock:O} …");
    started = await BotProcess.StartAsync(repository, clock, corpus, TimeSpan.FromMinutes(5));
    botUrl = started.Url;
}

try
{
    using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
    var bot = new HttpBot(http, botUrl, sink);
    var turns = sets.Sum(s => s.Conversations.Sum(d => d.Turns.Count));
    Console.WriteLine($"Running {sets.Count} sets ({string.Join(", ", sets.Select(s => s.Name))}): {turns} turns at {botUrl}api/messages (clock {clock:O}) …");
    var board = await EvaluationRun.RunAsync(sets, grader, targets, bot.AskAsync);
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
