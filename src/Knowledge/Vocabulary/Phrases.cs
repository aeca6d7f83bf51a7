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

    /// <summary>Whether the folded phrase occurs as whole words (without building " phrase ": it runs for every cue of every turn).</summary>
    public bool Has(string phrase)
    {
        if (phrase.Length == 0)
        {
            return Words.Count == 0;
        }

        // _padded starts and ends with a space, so a match is never at either end.
        for (var from = 1; from < _padded.Length;)
        {
            var at = _padded.IndexOf(phrase, from, StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }

            if (_padded[at - 1] == ' ' && at + phrase.Length < _padded.Length && _padded[at + phrase.Length] == ' ')
            {
                return true;
            }

            from = at + 1;
        }

        return false;
    }

    public bool HasAny(IEnumerable<string> phrases) => phrases.Any(Has);

    /// <summary>Programmes the text names, through <see cref="Glossary.ProgrammeTerms"/>.</summary>
    public IReadOnlySet<Programme> Programmes() =>
        Glossary.ProgrammeTerms.Where(kv => HasAny(kv.Value)).Select(kv => kv.Key).ToHashSet();
}
