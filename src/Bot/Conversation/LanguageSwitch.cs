using System.Text.RegularExpressions;
using WsisBot.Knowledge;

namespace WsisBot.Bot.Conversation;

/// <summary>Recognises "English please", "in English", « en français », « parlez français »… as a request to switch.</summary>
public static partial class LanguageSwitch
{
    public static Language? Requested(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 60)
        {
            return null;
        }

        if (EnglishRequest().IsMatch(text))
        {
            return Language.English;
        }

        return FrenchRequest().IsMatch(text) ? Language.French : null;
    }

    [GeneratedRegex(@"^\s*(?:(?:in|en)\s+)?(?:english|anglais)(?:\s+please|\s+svp|\s+s'il vous pla[iî]t)?\s*[.!]?\s*$|^\s*(?:please\s+)?(?:speak|answer|reply|switch to|talk)\s+(?:in\s+)?english\b|^\s*(?:parlez|r[ée]pondez|passez)\s+(?:en\s+)?anglais\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EnglishRequest();

    [GeneratedRegex(@"^\s*(?:(?:en|in)\s+)?(?:fran[çc]ais|french)(?:\s+please|\s+svp|\s+s'il vous pla[iî]t)?\s*[.!]?\s*$|^\s*(?:parlez|r[ée]pondez|passez|parle)\s+(?:en\s+)?fran[çc]ais\b|^\s*(?:please\s+)?(?:speak|answer|reply|switch to|talk)\s+(?:in\s+)?french\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FrenchRequest();
}
