using WsisBot.Knowledge;
using WsisBot.Knowledge.Vocabulary;

namespace WsisBot.Bot.Conversation;

/// <summary>"English please", "in English", « en français », « parlez français »…: a request to switch, said on its own.</summary>
public static class LanguageSwitch
{
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
