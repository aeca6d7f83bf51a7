using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;
using WsisBot.Knowledge.Facts;
using WsisBot.Knowledge.Ingestion;

namespace WsisBot.Bench;

/// <summary>Reading the whole shipped corpus (five letters): text, extraction, recognizers, Lucene index. Goal: ≤ 2 s.</summary>
[MemoryDiagnoser]
public class IngestionBenchmarks
{
    [GlobalSetup]
    public void Setup() => new CorpusLoader(NullLogger<CorpusLoader>.Instance).Load(Bot.Corpus);

    // A new loader each time: its per-file cache would otherwise skip the extraction.
    [Benchmark]
    public KnowledgeSnapshot IngestCorpus() => new CorpusLoader(NullLogger<CorpusLoader>.Instance).Load(Bot.Corpus);
}
