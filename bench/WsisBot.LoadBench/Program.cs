using WsisBot.LoadBench;

// WebApplicationFactory finds the bot's content root through the manifest next to the binaries.
Directory.SetCurrentDirectory(AppContext.BaseDirectory);
var options = BenchOptions.Parse(args);
Console.WriteLine($"WsisBot {options.Channel} load: {options.Instances} instance(s), {options.Conversations} conversations, {options.Duration.TotalSeconds:0} s (+{options.Warmup.TotalSeconds:0} s warm-up), {Environment.ProcessorCount} cores");
var report = options.Channel == "connector" ? await ConnectorLoadRun.RunAsync(options) : await LoadRun.RunAsync(options);
Console.WriteLine(report);
