using WsisBot.Knowledge.Facts;

namespace WsisBot.Knowledge.Composition;

/// <summary>What every composer needs: the facts, the question, the asker's language, today, and the edition in question.</summary>
internal sealed record AnswerContext(KnowledgeSnapshot Snapshot, Understanding Question, Language Language, DateOnly Today, int Edition)
{
    /// <summary>True when the asker did not name an edition: answers then say which one they are about.</summary>
    public bool DefaultEdition => Question.EditionYear is null;

    public string Pick(string french, string english) => Language.Pick(french, english);

    /// <summary>The question's words, as the vocabulary reads them.</summary>
    public Vocabulary.Phrases Words { get; } = new(Question.Text);

    /// <summary>Whether the question says one of the vocabulary's cue group ("price", "negation", "starts"…).</summary>
    public bool Says(string cueGroup) => Vocabulary.Lexicon.Cues.All[cueGroup].In(Words);

    /// <summary>What an open question is searched with (a follow-up's includes the previous question's words).</summary>
    public string SearchText => Question.SearchText ?? Question.Text;

    /// <summary>"- **Name** : text" / "- **Name**: text".</summary>
    public string Bullet(string name, string text) => Pick($"- **{name}** : {text}", $"- **{name}**: {text}");

    /// <summary>A factual answer: the text, then its source line.</summary>
    public Answer Fact(string text, IEnumerable<Citation> citations, AnswerKind kind = AnswerKind.Fact)
    {
        var sources = citations.Distinct().ToList();
        return new Answer(kind, Question.Intent, $"{text}\n\n{AnswerText.Sources(sources, Language)}", sources, Question.Confidence);
    }
}
