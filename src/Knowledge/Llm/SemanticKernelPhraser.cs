using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using WsisBot.Knowledge.Composition;
using WsisBot.Knowledge.Facts;

namespace WsisBot.Knowledge.Llm;

/// <summary>
/// Asks the Azure OpenAI deployment (through Semantic Kernel) to phrase the composed answer for the asker, from
/// the composed text and the quoted letters only. Its output is kept only if every day and amount in it is one
/// the letters state and the source line survives; otherwise, on error or after the time-out, the composed answer goes.
/// </summary>
public sealed class SemanticKernelPhraser(
    IChatCompletionService chat,
    IOptions<AzureOpenAIOptions> options,
    ILogger<SemanticKernelPhraser> logger) : IAnswerPhraser
{
    public async Task<Answer> PhraseAsync(Answer composed, Understanding understanding, Language language, KnowledgeSnapshot snapshot, CancellationToken cancellationToken)
    {
        try
        {
            var history = new ChatHistory(Instructions(language));
            history.AddUserMessage($"Question:\n{understanding.Text}\n\nAnswer to rephrase (facts and sources):\n{composed.Text}");
            var text = await ModelCall.CompleteAsync(chat, history, options.Value.Timeout, cancellationToken);
            if (text is null)
            {
                return composed;
            }

            var mentioned = understanding.MentionedDate is { } day ? new[] { day } : [];
            var unsupported = FactCheck.Unsupported(text, language, snapshot, mentioned);
            if (unsupported.Count > 0)
            {
                logger.LogWarning("Model answer rejected: it states {Unsupported}, which no letter states", string.Join(", ", unsupported));
                return composed;
            }

            var sources = AnswerText.Sources(composed.Citations, language);
            return composed with { Text = text.Contains(sources, StringComparison.Ordinal) ? text : $"{text}\n\n{sources}" };
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(exception, "Model phrasing failed; sending the composed answer");
            return composed;
        }
    }

    private static string Instructions(Language language) => language.Pick(
        "Tu es l'assistant du secrétariat du Forum du SMSI. Reformule la réponse fournie en français, brièvement, en markdown. "
            + "N'utilise que les faits de la réponse fournie : ne donne aucune date, aucun montant ni aucun nom qui n'y figure pas. "
            + "Garde la ligne « Source » telle quelle.",
        "You are the WSIS Forum secretariat's assistant. Rephrase the given answer in English, briefly, in markdown. "
            + "Use only the facts in the given answer: state no date, amount or name that is not in it. "
            + "Keep the \"Source\" line as it is.");
}
