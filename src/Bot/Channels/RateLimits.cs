using System.ComponentModel.DataAnnotations;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace WsisBot.Bot.Channels;

/// <summary>
/// Token buckets per conversation and per client address. The defaults let a busy conversation through
/// (a person types far slower) and stop a client that floods: 100 activities a second are refused with 429.
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

public sealed class ConversationRateLimiter : IDisposable
{
    public const string ClientPolicy = "per-client-address";

    private readonly PartitionedRateLimiter<string> _limiter;

    public ConversationRateLimiter(IOptions<RateLimitOptions> options)
    {
        var o = options.Value;
        _limiter = PartitionedRateLimiter.Create<string, string>(conversation =>
            RateLimitPartition.GetTokenBucketLimiter(conversation, _ => Bucket(o.ConversationBurst, o.ConversationTurnsPerSecond)));
    }

    /// <summary>False when this conversation has used up its turns for now.</summary>
    public bool TryTake(string channelId, string conversationId)
    {
        using var lease = _limiter.AttemptAcquire($"{channelId}|{conversationId}");
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();

    /// <summary>The per-address policy for the rate limiting middleware.</summary>
    public static void AddClientPolicy(Microsoft.AspNetCore.RateLimiting.RateLimiterOptions limiter, RateLimitOptions o) =>
        limiter.AddPolicy(ClientPolicy, http => RateLimitPartition.GetTokenBucketLimiter(
            http.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => Bucket(o.ClientBurst, o.ClientRequestsPerSecond)));

    /// <summary>Refused at once when empty (no queue): a flood gets 429s, not a backlog.</summary>
    private static TokenBucketRateLimiterOptions Bucket(int burst, int perSecond) => new()
    {
        TokenLimit = burst,
        TokensPerPeriod = perSecond,
        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
