using WsisBot.Knowledge.Ingestion;
using WsisBot.Knowledge.Vocabulary;

namespace WsisBot.Knowledge.Questions;

/// <summary>French or English from function words, a few telling words and French accents; null when the text does not tell.</summary>
public static class LanguageDetector
{
    private static readonly HashSet<string> FrenchWords = StopWords.French
        .Concat(["date", "limite", "prix", "coute", "inscription", "lieu", "partenariat", "fonds", "soumettre", "forum", "prochain", "dernier", "mars", "juillet", "mai", "janvier"])
        .Except(StopWords.English)
        .Where(w => !w.Contains(' '))
        .ToHashSet();

    private static readonly HashSet<string> EnglishWords = StopWords.English
        .Concat(["deadline", "price", "cost", "register", "registration", "venue", "partnership", "fund", "submit", "prizes", "next", "last", "march", "july", "may", "january", "tier", "gold", "silver"])
        .Except(StopWords.French)
        .Where(w => !w.Contains(' '))
        .ToHashSet();

    private const string FrenchLetters = "éèêàâçùûôîïëœÉÈÀÇ";

    public static Language? Detect(string text)
    {
        var words = TextFolding.Words(text);
        var french = words.Count(FrenchWords.Contains) + Math.Min(2, text.Count(FrenchLetters.Contains));
        var english = words.Count(EnglishWords.Contains);
        if (french == english)
        {
            return null;
        }

        return french > english ? Language.French : Language.English;
    }
}
