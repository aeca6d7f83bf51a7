using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace WsisBot.Knowledge.Llm;

/// <summary>
/// Asks the Azure OpenAI deployment (through Semantic Kernel) to rewrite a follow-up into a standalone question, with the
/// conversation's last question as context, as retrieval bots do before searching. The rewritten question is only read:
/// the answer is still composed from the letters' facts. Null on error, time-out or an empty or overlong reply.
/// </summary>
public sealed class SemanticKernelRewriter(
    IChatCompletionService chat,
    IOptions<AzureOpenAIOptions> options,
    ILogger<SemanticKernelRewriter> logger) : IQuestionRewriter
{
    private const int MaxLength = 400;

    public async Task<string?> RewriteAsync(string followUp, QuestionFrame previous, Language language, CancellationToken cancellationToken)
    {
        try
        {
            var history = new ChatHistory(Instructions(language));
            history.AddUserMessage($"Previous question:\n{previous.Question}\n\nFollow-up:\n{followUp}");
            var text = (await ModelCall.CompleteAsync(chat, history, options.Value.Timeout, cancellationToken))?.Trim('"', '«', '»').Trim();
            return string.IsNullOrEmpty(text) || text.Length > MaxLength ? null : text;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(exception, "Model rewriting failed; the follow-up is read against the conversation's last question");
            return null;
        }
    }

    private static string Instructions(Language language) => language.Pick(
        "Réécris la question de suivi de l'utilisateur en une question autonome, en français, à l'aide de la question précédente. "
            + "Ne réponds pas à la question ; n'ajoute aucune date, aucun montant ni aucun nom. Réponds par la seule question.",
        "Rewrite the user's follow-up into a standalone question, in English, using the previous question. "
            + "Do not answer it; add no date, amount or name. Reply with the question only.");
}
