namespace WsisBot.Knowledge.Tests;

internal static class AnswerServiceExtensions
{
    /// <summary>One turn: understand, then answer.</summary>
    public static Answer Ask(this IAnswerService answers, string text, Language language) => answers.Answer(answers.Understand(text, language), language);

    /// <summary>Language from the text, English when it does not tell.</summary>
    public static Language LanguageOf(this IAnswerService answers, string text) => answers.DetectLanguage(text) ?? Language.English;
}
