namespace WsisBot.Knowledge.Vocabulary;

/// <summary>A text as a run of folded words, matched against folded phrases on word boundaries.</summary>
public sealed class Phrases
{
    private readonly string _padded;

    public Phrases(string text)
        : this(Lexicon.Words(text))
    {
    }

    public Phrases(IReadOnlyList<string> words)
    {
        Words = words;
        _padded = " " + string.Join(' ', Words) + " ";
    }

    public IReadOnlyList<string> Words { get; }

    /// <summary>The folded words joined by single spaces.</summary>
    public string Text => _padded[1..^1];

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

    /// <summary>Whether the text begins with the phrase's words.</summary>
    public bool StartsWith(string phrase) =>
        _padded.Length > phrase.Length + 1 && string.CompareOrdinal(_padded, 1, phrase, 0, phrase.Length) == 0 && _padded[phrase.Length + 1] == ' ';

    /// <summary>The folded text without the group's phrases (their words removed where they occur whole).</summary>
    public string Without(CueGroup group)
    {
        var text = _padded;
        foreach (var phrase in group.Phrases)
        {
            if (phrase.Length > 0)
            {
                text = text.Replace(" " + phrase + " ", " ", StringComparison.Ordinal);
            }
        }

        return text.Trim();
    }

    /// <summary>The same words without those in <paramref name="positions"/> (words a row of the offer table took).</summary>
    public Phrases WithoutWordsAt(IReadOnlySet<int> positions) =>
        positions.Count == 0 ? this : new Phrases(Words.Where((_, i) => !positions.Contains(i)).ToList());

    /// <summary>Word positions the phrase occupies where it occurs whole (every occurrence).</summary>
    public IEnumerable<int> PositionsOf(string phrase)
    {
        var length = phrase.Split(' ').Length;
        for (var i = 0; i + length <= Words.Count; i++)
        {
            if (string.Join(' ', Words.Skip(i).Take(length)) == phrase)
            {
                for (var j = i; j < i + length; j++)
                {
                    yield return j;
                }
            }
        }
    }

    /// <summary>Programmes the text names.</summary>
    public IReadOnlySet<Programme> Programmes() =>
        Lexicon.Programmes.Where(kv => kv.Value.In(this)).Select(kv => kv.Key).ToHashSet();
}
