using WsisBot.Knowledge.Facts;

namespace WsisBot.Knowledge.Llm;

/// <summary>Rephrases a composed answer; returns the composed one whenever the rephrasing cannot be trusted.</summary>
public interface IAnswerPhraser
{
    Task<Answer> PhraseAsync(Answer composed, Understanding understanding, Language language, KnowledgeSnapshot snapshot, CancellationToken cancellationToken);
}
