using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using WsisBot.Bench;

// dotnet run -c Release --project bench/WsisBot.Bench -- --filter '*' --job short   (BenchmarkDotNet)
// dotnet run -c Release --project bench/WsisBot.Bench -- latency [rounds]           (per-answer p50/p99 over the evaluation set)
if (args is ["latency", ..])
{
    LatencyRun.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 50);
    return;
}

var config = DefaultConfig.Instance
    .AddColumn(StatisticColumn.Median, StatisticColumn.P95, new P99Column(), StatisticColumn.Max);
BenchmarkSwitcher.FromAssembly(typeof(AnswerBenchmarks).Assembly).Run(args, config);
