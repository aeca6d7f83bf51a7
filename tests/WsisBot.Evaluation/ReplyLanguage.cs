using WsisBot.Knowledge;
using WsisBot.Knowledge.Ingestion;

namespace WsisBot.Evaluation;

/// <summary>
/// The language a reply is written in, read as a person would, independently of the bot's own detector: the function
/// words of its own sentences. Quoted lines ("&gt; « … »", the letters' French) and the source line do not count.
/// </summary>
public static class ReplyLanguage
{
    private static readonly HashSet<string> French =
    [
        "le", "la", "les", "des", "du", "de", "est", "sont", "pour", "et", "une", "un", "dans", "sur", "aux", "au", "pas", "vous", "votre", "vos",
        "ce", "cette", "ces", "qui", "que", "etait", "avec", "je", "ne", "sais", "lettre", "lettres", "aura", "lieu", "se", "tiendra", "oui", "non",
        "avant", "apres", "jusqu", "date", "limite", "depassee", "dans", "jours", "ou", "niveau", "niveaux", "coute", "inclut", "souhaitez", "voici",
    ];

    private static readonly HashSet<string> English =
    [
        "the", "is", "of", "and", "for", "to", "in", "was", "are", "with", "you", "your", "this", "that", "not", "on", "at", "by", "from", "it",
        "be", "will", "has", "have", "i", "don", "know", "would", "like", "letter", "letters", "held", "takes", "place", "yes", "no", "deadline",
        "before", "after", "until", "passed", "days", "tier", "tiers", "costs", "includes", "here", "what", "which", "only",
    ];

    public static Language? Of(string reply)
    {
        var own = reply.Split('\n')
            .Where(line => !line.TrimStart().StartsWith('>') && !line.Contains("Source", StringComparison.Ordinal))
            .Select(StripQuotes);
        var words = TextFolding.Words(string.Join('\n', own));
        var french = words.Count(French.Contains);
        var english = words.Count(English.Contains);
        return french == english ? null : french > english ? Language.French : Language.English;
    }

    // Words inside « » are the letters' own (a row's French label marked as such), not the reply's.
    private static string StripQuotes(string line)
    {
        var open = line.IndexOf('«');
        while (open >= 0)
        {
            var close = line.IndexOf('»', open + 1);
            if (close < 0)
            {
                break;
            }

            line = line.Remove(open, close - open + 1);
            open = line.IndexOf('«');
        }

        return line;
    }
}
