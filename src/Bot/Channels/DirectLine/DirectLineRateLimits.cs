using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace WsisBot.Bot.Channels.DirectLine;

/// <summary>
/// Two limits, both token buckets: every Direct Line (and token endpoint) request counts against its client
/// address; each posted activity also counts against its conversation. Over either: 429 with Retry-After.
/// </summary>
internal static class DirectLineRateLimits
{
    public const string PerConversation = "directline-conversation";

    public static void AddDirectLineRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<DirectLineOptions>>((limiter, directLine) =>
        {
            var options = directLine.Value;
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = RejectAsync;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                IsDirectLine(http.Request.Path)
                    ? RateLimitPartition.GetTokenBucketLimiter(
                        "client:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
                        _ => Bucket(options.RequestsPerSecondPerClient, 2 * options.RequestsPerSecondPerClient))
                    : RateLimitPartition.GetNoLimiter(""));
            limiter.AddPolicy(PerConversation, http => RateLimitPartition.GetTokenBucketLimiter(
                "conversation:" + http.Request.RouteValues["conversationId"],
                _ => Bucket(options.ActivitiesPerSecondPerConversation, options.ActivityBurstPerConversation)));
        });
    }

    private static bool IsDirectLine(PathString path) =>
        path.StartsWithSegments(DirectLineApi.BasePath, StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments(TokenExchangeApi.Path, StringComparison.OrdinalIgnoreCase);

    private static TokenBucketRateLimiterOptions Bucket(int perSecond, int burst) => new()
    {
        TokenLimit = Math.Max(burst, 1),
        TokensPerPeriod = perSecond,
        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : 1;
        context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await Results.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too Many Requests",
            detail: "Trop de messages à la fois : patientez un instant. / Too many messages at once: please wait a moment.")
            .ExecuteAsync(context.HttpContext);
    }
}
