using WsisBot.Knowledge.Vocabulary;

namespace WsisBot.Bot.Dialogs;

/// <summary>Words that steer a dialog at any step, in both languages, from the vocabulary (help, hand-over and the rest are <see cref="Conversation.MessageRouter"/>'s).</summary>
public static class DialogCommands
{
    public static bool IsCancel(string text) => Lexicon.Commands.Cancel.IsWhole(text);

    public static bool IsStartOver(string text) => Lexicon.Commands.StartOver.IsWhole(text);

    public static bool IsConfirm(string text) => Lexicon.Commands.Confirm.IsWhole(text);

    public static bool IsEdit(string text) => Lexicon.Commands.Edit.IsWhole(text);

    public static bool IsSkip(string text) => Lexicon.Commands.Skip.IsWhole(text);

    /// <summary>A question asked in the middle of a form: answered, then the form resumes.</summary>
    public static bool IsQuestion(string text) => text.TrimEnd().EndsWith('?');
}
