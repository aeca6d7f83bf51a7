namespace WsisBot.Knowledge.Vocabulary;

/// <summary>
/// A named group of phrases from the vocabulary ("deadline": « date limite », "deadline", …), folded once when loaded.
/// The one way the bot recognises wording: a phrase matches where its words occur as whole words (<see cref="In"/>), at
/// the start (<see cref="StartsIn"/>), or as the whole message once politeness words are set aside (<see cref="IsWhole(string)"/>).
/// </summary>
public sealed class CueGroup
{
    public CueGroup(string name, IEnumerable<string> phrases)
    {
        Name = name;
        // Longest first, so the most specific phrase is the one reported.
        // A phrase of punctuation only ("-" to skip a field) folds to no words: it matches a message of no words.
        Phrases = phrases.Select(Lexicon.Fold)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(p => p.Length)
            .ToList();
    }

    public string Name { get; }

    /// <summary>The group's phrases, folded, longest first.</summary>
    public IReadOnlyList<string> Phrases { get; }

    public bool In(Phrases text) => FirstIn(text) is not null;

    /// <summary>The longest phrase of the group that occurs in the text, or null.</summary>
    public string? FirstIn(Phrases text)
    {
        foreach (var phrase in Phrases)
        {
            if (phrase.Length > 0 && text.Has(phrase))
            {
                return phrase;
            }
        }

        return null;
    }

    public bool StartsIn(Phrases text) => Phrases.Any(p => p.Length > 0 && text.StartsWith(p));

    /// <summary>The text is one of the group's phrases and nothing else, politeness words aside ("cancel", "annuler svp").</summary>
    public bool IsWhole(string text) => IsWhole(new Phrases(Lexicon.Words(text)));

    public bool IsWhole(Phrases text)
    {
        var rest = text.Without(Lexicon.Politeness);
        return rest.Length == 0 ? Phrases.Contains(string.Empty) && text.Words.Count == 0 : Phrases.Contains(rest, StringComparer.Ordinal);
    }

    public override string ToString() => Name;
}
