using WsisBot.Knowledge.Ingestion;

namespace WsisBot.Knowledge.Vocabulary;

/// <summary>A text as a run of folded words, matched against folded phrases on word boundaries.</summary>
public sealed class Phrases
{
    private readonly string _padded;

    public Phrases(string text)
    {
        Words = TextFolding.Words(text);
        _padded = " " + string.Join(' ', Words) + " ";
    }

    public IReadOnlyList<string> Words { get; }

    public bool Has(string phrase) => _padded.Contains(" " + phrase + " ", StringComparison.Ordinal);

    public bool HasAny(IEnumerable<string> phrases) => phrases.Any(Has);

    /// <summary>Programmes the text names, through <see cref="Glossary.ProgrammeTerms"/>.</summary>
    public IReadOnlySet<Programme> Programmes() =>
        Glossary.ProgrammeTerms.Where(kv => HasAny(kv.Value)).Select(kv => kv.Key).ToHashSet();
}
