namespace WsisBot.Knowledge.Facts;

/// <summary>The kind of file a letter came in.</summary>
public enum LetterFormat
{
    Text,
    Markdown,
    Pdf,
    Word,
}
