using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WsisBot.Bot.Privacy;
using WsisBot.Data.Privacy;

namespace WsisBot.Bot.Escalation.Inbox;

public sealed class PrivacyModel(UserData userData) : PageModel
{
    public IReadOnlyList<AuditEntry> Audit { get; private set; } = [];
    public string? Message { get; private set; }
    public string? ChannelId { get; private set; }
    public string? UserId { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Audit = await userData.RecentAuditAsync(cancellationToken);

    public async Task<IActionResult> OnPostExportAsync(string? channelId, string? userId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(channelId) || string.IsNullOrWhiteSpace(userId))
        {
            return await MissingPersonAsync(cancellationToken);
        }

        var json = await userData.ExportAsync(channelId.Trim(), userId.Trim(), Actor, cancellationToken);
        return File(json, "application/json", $"wsisbot-{channelId.Trim()}-{Guid.NewGuid():N}.json");
    }

    public async Task<IActionResult> OnPostDeleteAsync(string? channelId, string? userId, string? confirm, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(channelId) || string.IsNullOrWhiteSpace(userId))
        {
            return await MissingPersonAsync(cancellationToken);
        }

        (ChannelId, UserId) = (channelId.Trim(), userId.Trim());
        Message = confirm == "yes"
            ? $"Effacé · Erased: {await userData.DeleteAsync(ChannelId, UserId, Actor, cancellationToken)}"
            : "Cochez la confirmation pour effacer · Tick the confirmation to erase.";
        Audit = await userData.RecentAuditAsync(cancellationToken);
        return Page();
    }

    /// <summary>The form requires both fields; a post without them (not from the form) is told so, not a 500.</summary>
    private async Task<IActionResult> MissingPersonAsync(CancellationToken cancellationToken)
    {
        Message = "Indiquez le canal et l'identifiant de l'utilisateur · Give the channel and the user id.";
        Audit = await userData.RecentAuditAsync(cancellationToken);
        return Page();
    }

    private string Actor => User.Identity?.Name ?? "unknown";
}
