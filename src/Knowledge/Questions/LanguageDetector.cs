using WsisBot.Knowledge.Vocabulary;

namespace WsisBot.Knowledge.Questions;

/// <summary>
/// French or English from the vocabulary's function words and telling words, and French accents; null when the text
/// does not tell (too short, names only, as many words of each).
/// </summary>
public static class LanguageDetector
{
    private static readonly Lazy<(HashSet<string> French, HashSet<string> English)> Words = new(() =>
    {
        var french = Lexicon.FrenchStopWords.Concat(Lexicon.FrenchWords).Where(w => !w.Contains(' ')).ToHashSet();
        var english = Lexicon.EnglishStopWords.Concat(Lexicon.EnglishWords).Where(w => !w.Contains(' ')).ToHashSet();
        // A word both languages use ("date", "table", "minutes") tells neither.
        var shared = french.Intersect(english).ToList();
        french.ExceptWith(shared);
        english.ExceptWith(shared);
        return (french, english);
    });

    private const string FrenchLetters = "éèêàâçùûôîïëœÉÈÀÇ";

    public static Language? Detect(string text)
    {
        // One-letter words ("l'", "n", "a") tell neither language.
        var words = Ingestion.TextFolding.Words(text).Where(w => w.Length > 1).ToList();
        var (frenchWords, englishWords) = Words.Value;
        var french = words.Count(frenchWords.Contains) + Math.Min(2, text.Count(FrenchLetters.Contains));
        var english = words.Count(englishWords.Contains);
        if (french == english)
        {
            return null;
        }

        return french > english ? Language.French : Language.English;
    }
}
