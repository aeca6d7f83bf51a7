namespace WsisBot.Knowledge.Llm;

/// <summary>Rewrites a follow-up ("and the other one?") into a question that stands on its own, from the conversation's last question.</summary>
public interface IQuestionRewriter
{
    /// <summary>The standalone question, or null when the rewriting failed or cannot be trusted.</summary>
    Task<string?> RewriteAsync(string followUp, QuestionFrame previous, Language language, CancellationToken cancellationToken);
}
