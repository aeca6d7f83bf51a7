namespace WsisBot.Knowledge.Tests;

/// <summary>A short conversation with the knowledge layer: each question read against the frame of the one before.</summary>
public sealed class Conversation(Knowledge knowledge)
{
    private QuestionFrame? _frame;

    public Understanding Last { get; private set; } = null!;

    public Answer Ask(string text, Language? language = null)
    {
        var asked = language ?? knowledge.Service.DetectLanguage(text) ?? Language.English;
        Last = knowledge.Service.Understand(text, asked, _frame);
        _frame = Last.Frame;
        return knowledge.Service.Answer(Last, asked);
    }
}
