using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WsisBot.Knowledge.Composition;
using WsisBot.Knowledge.Facts;
using WsisBot.Knowledge.Ingestion;

namespace WsisBot.Knowledge.Tests;

/// <summary>The knowledge layer over a corpus folder at a fixed "now", without a host.</summary>
public sealed class Knowledge
{
    /// <summary>The corpus shipped with the knowledge project (copied next to the test binaries).</summary>
    public static readonly string ShippedCorpus = Path.Combine(AppContext.BaseDirectory, "Corpus");

    // Extraction is the slow part: one shipped snapshot for all tests at the same folder.
    private static readonly Lazy<KnowledgeSnapshot> Shipped = new(() => new CorpusLoader(NullLogger<CorpusLoader>.Instance).Load(ShippedCorpus));

    public Knowledge(string now, string? corpus = null)
    {
        var options = Options.Create(new KnowledgeOptions { CorpusPath = corpus ?? ShippedCorpus });
        Base = new KnowledgeBase(new CorpusLoader(NullLogger<CorpusLoader>.Instance), options, new FixedClock(now));
        Service = new AnswerService(Base, options);
    }

    public static KnowledgeSnapshot ShippedSnapshot => Shipped.Value;

    public KnowledgeBase Base { get; }

    public AnswerService Service { get; }

    public Answer Ask(string text, Language? language = null) => Service.Ask(text, language ?? Service.LanguageOf(text));

    public Understanding Read(string text, Language? language = null) => Service.Understand(text, language ?? Service.LanguageOf(text));
}
