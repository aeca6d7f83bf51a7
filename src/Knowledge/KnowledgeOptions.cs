namespace WsisBot.Knowledge;

/// <summary>Settings of the knowledge layer, section <c>Knowledge</c>.</summary>
public sealed class KnowledgeOptions
{
    public const string Section = "Knowledge";

    /// <summary>Folder of the letters (.txt, .md, .pdf, .docx). Default: the corpus shipped next to the assembly.</summary>
    public string CorpusPath { get; set; } = Path.Combine(AppContext.BaseDirectory, "Corpus");

    /// <summary>Quiet time after the last change in the folder before it is read again.</summary>
    public TimeSpan ReloadDelay { get; set; } = TimeSpan.FromMilliseconds(400);

    /// <summary>Below this confidence in the reading of a question, the bot says it does not know.</summary>
    public double MinimumConfidence { get; set; } = 0.5;
}
