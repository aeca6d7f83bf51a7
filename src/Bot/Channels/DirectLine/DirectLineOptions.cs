using System.ComponentModel.DataAnnotations;

namespace WsisBot.Bot.Channels.DirectLine;

/// <summary>The bot's own Direct Line channel (<c>DirectLine:*</c>) and the web chat token endpoint.</summary>
public sealed class DirectLineOptions : IValidatableObject
{
    public const string Section = "DirectLine";

    /// <summary>
    /// Protects <c>tokens/generate</c> and is accepted as a bearer everywhere, as Azure's Direct Line secret is.
    /// Empty: anonymous clients may start conversations (the embedded default). With it set,
    /// <c>POST /api/directline/token</c> exchanges it at <see cref="TokenEndpoint"/>.
    /// </summary>
    public string? Secret { get; set; }

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Where <c>POST /api/directline/token</c> exchanges the secret for a token (Azure Bot Service's Direct Line by default).</summary>
    [Required]
    public string TokenEndpoint { get; set; } = "https://directline.botframework.com/v3/directline/tokens/generate";

    /// <summary>Origins (e.g. https://www.wsis.org) whose pages may call <c>POST /api/directline/token</c>; the bot's own page always may.</summary>
    public string[] AllowedOrigins { get; set; } = [];

    [Range(1024, 4 * 1024 * 1024)]
    public int MaxActivityBytes { get; set; } = 256 * 1024;

    /// <summary>Sustained activities a second one conversation may post; a burst of <see cref="ActivityBurstPerConversation"/> is allowed.</summary>
    [Range(1, 100_000)]
    public int ActivitiesPerSecondPerConversation { get; set; } = 5;

    [Range(1, 100_000)]
    public int ActivityBurstPerConversation { get; set; } = 10;

    /// <summary>Sustained Direct Line requests a second from one client address (burst: twice as many).</summary>
    [Range(1, 1_000_000)]
    public int RequestsPerSecondPerClient { get; set; } = 200;

    /// <summary>How often an instance looks for activities other instances appended to conversations it streams.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:00:10")]
    public TimeSpan LogPollInterval { get; set; } = TimeSpan.FromMilliseconds(75);

    /// <summary>An empty frame goes down an idle WebSocket this often, so proxies keep it open.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    public bool HasSecret => !string.IsNullOrEmpty(Secret);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (HasSecret && Secret!.Length < 16)
        {
            yield return new ValidationResult("DirectLine:Secret must be at least 16 characters long.", [nameof(Secret)]);
        }

        if (!Uri.TryCreate(TokenEndpoint, UriKind.Absolute, out var endpoint) || (endpoint.Scheme != Uri.UriSchemeHttps && endpoint.Scheme != Uri.UriSchemeHttp))
        {
            yield return new ValidationResult("DirectLine:TokenEndpoint must be an absolute http(s) URL.", [nameof(TokenEndpoint)]);
        }

        foreach (var origin in AllowedOrigins)
        {
            if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.AbsolutePath != "/")
            {
                yield return new ValidationResult($"DirectLine:AllowedOrigins holds '{origin}', which is not an origin like https://www.wsis.org.", [nameof(AllowedOrigins)]);
            }
        }
    }
}
