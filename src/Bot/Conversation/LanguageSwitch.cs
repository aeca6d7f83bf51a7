using System.Text.Json;
using WsisBot.Bot.Protocol;
using WsisBot.Knowledge;
using WsisBot.Knowledge.Vocabulary;

namespace WsisBot.Bot.Conversation;

/// <summary>
/// "English please", "in English", « en français », « parlez français »…: a request to switch, said on its own; or the
/// web chat page's Français/English switch, which posts the event <see cref="PageEventName"/> with the locale chosen.
/// </summary>
public static class LanguageSwitch
{
    public const string PageEventName = "wsisbot/language";

    /// <summary>The language the page's switch chose, or null when the activity is not that event (or names no language).</summary>
    public static Language? FromPage(Activity activity) =>
        activity.IsType(ActivityTypes.Event) && activity.Name == PageEventName
            && activity.Value is { ValueKind: JsonValueKind.String } value
            ? LanguageExtensions.FromLocale(value.GetString())
            : null;

    public static Language? Requested(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 60)
        {
            return null;
        }

        return Lexicon.Commands.English.IsWhole(text) ? Language.English
            : Lexicon.Commands.French.IsWhole(text) ? Language.French
            : null;
    }
}
