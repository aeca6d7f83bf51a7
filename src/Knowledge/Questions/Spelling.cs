namespace WsisBot.Knowledge.Questions;

/// <summary>
/// Mends typos ("dedline", "partenaria", "inscripton") by the nearest known word: one edit up to eight letters,
/// two beyond. A five-letter word is mended only towards the vocabulary's own words, by a missing letter or two swapped
/// ("limte" → "limite", "fourm" → "forum"), never by a changed letter ("hosts" is not "costs"); shorter words are left alone.
/// Unknown words with no near neighbour stay as typed.
/// </summary>
internal sealed class Spelling
{
    private readonly HashSet<string> _known;
    private readonly ILookup<(int Length, char First), string> _byShape;
    private readonly ILookup<int, string> _vocabularyByLength;

    public Spelling(IEnumerable<string> knownWords, IEnumerable<string> vocabulary)
    {
        _known = knownWords.Where(w => w.Length > 0).ToHashSet(StringComparer.Ordinal);
        _byShape = _known.ToLookup(w => (w.Length, w[0]));
        _vocabularyByLength = vocabulary.Where(w => w.Length is 5 or 6 && w.All(char.IsLetter)).Distinct().ToLookup(w => w.Length);
    }

    public bool IsKnown(string word) => _known.Contains(word);

    public string Correct(string word)
    {
        if (word.Length == 5 && !_known.Contains(word) && word.All(char.IsLetter))
        {
            return ShortWord(word);
        }

        // Short words have too many near neighbours ("hosts" is one edit from "costs").
        if (word.Length < 6 || _known.Contains(word) || word.Any(char.IsDigit))
        {
            return word;
        }

        var budget = word.Length > 8 ? 2 : 1;
        string? best = null;
        var bestDistance = budget + 1;
        for (var length = word.Length - budget; length <= word.Length + budget; length++)
        {
            // Typos rarely hit the first letter: looking only there keeps a question well under a millisecond.
            foreach (var candidate in _byShape[(length, word[0])])
            {
                var distance = Distance(word, candidate, bestDistance);
                if (distance < bestDistance)
                {
                    (best, bestDistance) = (candidate, distance);
                }
            }
        }

        return best ?? word;
    }

    // A five-letter word: a vocabulary word with one more letter, or the same letters with two neighbours swapped.
    private string ShortWord(string word)
    {
        foreach (var candidate in _vocabularyByLength[6])
        {
            if (Distance(word, candidate, 2) == 1)
            {
                return candidate;
            }
        }

        foreach (var candidate in _vocabularyByLength[5])
        {
            if (IsSwap(word, candidate))
            {
                return candidate;
            }
        }

        return word;
    }

    private static bool IsSwap(string a, string b)
    {
        var differences = Enumerable.Range(0, a.Length).Where(i => a[i] != b[i]).ToList();
        return differences is [var i, var j] && j == i + 1 && a[i] == b[j] && a[j] == b[i];
    }

    // Optimal string alignment distance, abandoned once past the bound.
    private static int Distance(string a, string b, int bound)
    {
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin >= bound)
            {
                return bound;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length];
    }
}
