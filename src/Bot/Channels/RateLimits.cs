using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using WsisBot.Bot.Channels.BotConnector;
using WsisBot.Bot.Channels.DirectLine;

namespace WsisBot.Bot.Channels;

/// <summary>
/// Token buckets per conversation and per client address for the Bot Connector (<c>RateLimits:*</c>; Direct Line's own
/// are <c>DirectLine:*</c>). The defaults let a busy conversation through (a person types far slower) and stop a
/// client that floods: 100 activities a second are refused with 429.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    [Range(1, 100_000)]
    public int ConversationTurnsPerSecond { get; set; } = 25;

    [Range(1, 100_000)]
    public int ConversationBurst { get; set; } = 50;

    [Range(1, 1_000_000)]
    public int ClientRequestsPerSecond { get; set; } = 2_000;

    [Range(1, 1_000_000)]
    public int ClientBurst { get; set; } = 4_000;
}

/// <summary>
/// Every rate limit of the channels, registered once: per client address on the Bot Connector and Direct Line routes
/// (the middleware's global limiter), per conversation on Direct Line's posts (a route policy) and on the Bot
/// Connector's activities (<see cref="ConversationRateLimiter"/>, since its conversation is in the body). Every refusal
/// is the same 429 with Retry-After and one bilingual problem body.
/// </summary>
public static class RateLimits
{
    public const string DirectLineConversation = "directline-conversation";

    public static void AddChannelRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ConversationRateLimiter>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>, IOptions<DirectLineOptions>>((limiter, connector, directLine) =>
        {
            var (c, d) = (connector.Value, directLine.Value);
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, _) => new ValueTask(TooMany(context.HttpContext, RetryAfter(context.Lease)).ExecuteAsync(context.HttpContext));
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            {
                var address = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                var path = http.Request.Path;
                if (path.StartsWithSegments(BotConnectorApi.Path, StringComparison.OrdinalIgnoreCase))
                {
                    return RateLimitPartition.GetTokenBucketLimiter("connector:" + address, _ => Bucket(c.ClientRequestsPerSecond, c.ClientBurst));
                }

                return path.StartsWithSegments(DirectLineApi.BasePath, StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments(TokenExchangeApi.Path, StringComparison.OrdinalIgnoreCase)
                    ? RateLimitPartition.GetTokenBucketLimiter("directline:" + address, _ => Bucket(d.RequestsPerSecondPerClient, 2 * d.RequestsPerSecondPerClient))
                    : RateLimitPartition.GetNoLimiter("");
            });
            limiter.AddPolicy(DirectLineConversation, http => RateLimitPartition.GetTokenBucketLimiter(
                "conversation:" + http.Request.RouteValues["conversationId"],
                _ => Bucket(d.ActivitiesPerSecondPerConversation, d.ActivityBurstPerConversation)));
        });
    }

    /// <summary>Refused at once when empty (no queue): a flood gets 429s, not a backlog.</summary>
    public static TokenBucketRateLimiterOptions Bucket(int perSecond, int burst) => new()
    {
        TokenLimit = Math.Max(burst, 1),
        TokensPerPeriod = perSecond,
        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    /// <summary>The one refusal every limited route answers with.</summary>
    public static IResult TooMany(HttpContext http, int retryAfterSeconds = 1)
    {
        http.Response.Headers.RetryAfter = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return Results.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too Many Requests",
            detail: "Trop de demandes à la fois : patientez un instant. / Too many requests at once: please wait a moment.");
    }

    private static int RetryAfter(RateLimitLease lease) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : 1;
}

/// <summary>The Bot Connector's per-conversation buckets, taken once the activity is read.</summary>
public sealed class ConversationRateLimiter(IOptions<RateLimitOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(conversation =>
        RateLimitPartition.GetTokenBucketLimiter(conversation, _ => RateLimits.Bucket(options.Value.ConversationTurnsPerSecond, options.Value.ConversationBurst)));

    /// <summary>False when this conversation has used up its turns for now.</summary>
    public bool TryTake(string channelId, string conversationId)
    {
        using var lease = _limiter.AttemptAcquire($"{channelId}|{conversationId}");
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
