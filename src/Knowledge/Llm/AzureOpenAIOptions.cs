namespace WsisBot.Knowledge.Llm;

/// <summary>Section <c>AzureOpenAI</c>: the model that may phrase answers. All three of endpoint, deployment and key, or none.</summary>
public sealed class AzureOpenAIOptions
{
    public const string Section = "AzureOpenAI";

    public string? Endpoint { get; set; }

    public string? Deployment { get; set; }

    public string? ApiKey { get; set; }

    /// <summary>Past this, the composed answer is sent as it is.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(8);

    public bool IsConfigured =>
        !string.IsNullOrWhiteSpace(Endpoint) && !string.IsNullOrWhiteSpace(Deployment) && !string.IsNullOrWhiteSpace(ApiKey);
}
