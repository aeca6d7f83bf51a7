using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace WsisBot.Knowledge.Llm;

/// <summary>One exchange with the chat model, bounded by <see cref="AzureOpenAIOptions.Timeout"/>: its trimmed reply, or null when empty.</summary>
internal static class ModelCall
{
    public static async Task<string?> CompleteAsync(IChatCompletionService chat, ChatHistory history, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(timeout);
        var reply = await chat.GetChatMessageContentAsync(history, cancellationToken: bounded.Token);
        var text = reply.Content?.Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }
}
