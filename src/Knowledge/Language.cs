namespace WsisBot.Knowledge;

/// <summary>The two languages the bot speaks. Every text a user reads exists in both.</summary>
public enum Language
{
    French,
    English,
}

public static class LanguageExtensions
{
    /// <summary>BCP-47 tag used on outgoing activities.</summary>
    public static string ToLocale(this Language language) => language == Language.French ? "fr-FR" : "en-US";

    /// <summary>Maps a channel locale ("fr", "fr-CH", "en-GB", …) to a language; null for any other or none.</summary>
    public static Language? FromLocale(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return null;
        }

        var primary = locale.Split('-', '_')[0];
        return primary.ToLowerInvariant() switch
        {
            "fr" => Language.French,
            "en" => Language.English,
            _ => null,
        };
    }

    /// <summary>Picks the text for this language.</summary>
    public static string Pick(this Language language, string french, string english) =>
        language == Language.French ? french : english;
}
