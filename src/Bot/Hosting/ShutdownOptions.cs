using System.ComponentModel.DataAnnotations;

namespace WsisBot.Bot.Hosting;

/// <summary>
/// How long a stopping instance lets the turns it accepted finish before it cuts them off (<c>HostOptions.ShutdownTimeout</c>).
/// Every turn runs inside its HTTP request, so Kestrel's drain waits for it; this bounds that wait.
/// </summary>
public sealed class ShutdownOptions
{
    public const string Section = "Shutdown";

    /// <summary>
    /// A turn (with its database retries, under 25 s) plus its replies' retries (the connector client gives each reply
    /// up to <see cref="Protocol.ConnectorClient.Timeout"/>): no less than one reply's budget. The platform's grace period
    /// before it kills the process (App Service, Kubernetes' terminationGracePeriodSeconds) must be at least as long.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:30", "00:10:00", ErrorMessage = "Shutdown:Timeout must be from {1} to {2}: a turn and its replies' retries must fit in it.")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(1);
}
