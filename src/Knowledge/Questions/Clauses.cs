using System.Text.RegularExpressions;

namespace WsisBot.Knowledge.Questions;

/// <summary>
/// The clauses of a message that may ask several questions: its sentences ("?", ".", ";", new lines), and within a
/// sentence the two sides of an "and" / « et » when each side is three words or more ("When is the Forum and how much is
/// Gold?"). Each clause says whether its sentence ended with a question mark. The reader keeps the split only when the
/// clauses read as questions of their own.
/// </summary>
internal static partial class Clauses
{
    private const int MinimumWords = 3;

    public static IReadOnlyList<(string Text, bool Asked, int Sentence)> Of(string text)
    {
        var clauses = new List<(string, bool, int)>();
        var index = 0;
        foreach (Match sentence in Sentence().Matches(text))
        {
            var body = sentence.Groups["body"].Value.Trim();
            if (body.Length > 0)
            {
                var asked = sentence.Groups["end"].Value.Contains('?');
                var at = index++;
                clauses.AddRange(SplitAtAnd(body).Select(c => (c, asked, at)));
            }
        }

        return clauses.Count > 1 && clauses.All(c => WordCount(c.Item1) >= MinimumWords) ? clauses : [(text, text.Contains('?'), 0)];
    }

    private static IEnumerable<string> SplitAtAnd(string sentence)
    {
        foreach (Match and in And().Matches(sentence))
        {
            var left = sentence[..and.Index].Trim();
            var right = sentence[(and.Index + and.Length)..].Trim();
            if (WordCount(left) >= MinimumWords && WordCount(right) >= MinimumWords)
            {
                return [left, .. SplitAtAnd(right)];
            }
        }

        return [sentence];
    }

    private static int WordCount(string text) => Ingestion.TextFolding.Words(text).Count;

    [GeneratedRegex(@"(?<body>(?:[^?;!\n.]|\.(?!\s|$))+)(?<end>[?;!\n]+|\.(?=\s|$)|$)")]
    private static partial Regex Sentence();

    [GeneratedRegex(@",?\s+(?:and also|and|et aussi|et|as well as|also|ainsi que)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex And();
}
