namespace WsisBot.Knowledge.Questions;

/// <summary>
/// Mends typos ("dedline", "partenaria", "inscripton") by the nearest known word: one edit up to eight letters,
/// two beyond; words under six letters are left alone. Unknown words with no near neighbour stay as typed.
/// </summary>
internal sealed class Spelling
{
    private readonly HashSet<string> _known;
    private readonly ILookup<(int Length, char First), string> _byShape;

    public Spelling(IEnumerable<string> knownWords)
    {
        _known = knownWords.Where(w => w.Length > 0).ToHashSet(StringComparer.Ordinal);
        _byShape = _known.ToLookup(w => (w.Length, w[0]));
    }

    public bool IsKnown(string word) => _known.Contains(word);

    public string Correct(string word)
    {
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
