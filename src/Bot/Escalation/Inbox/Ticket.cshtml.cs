using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WsisBot.Data.Conversations;
using WsisBot.Data.Escalation;

namespace WsisBot.Bot.Escalation.Inbox;

public sealed class TicketModel(TicketDesk desk) : PageModel
{
    public Ticket Ticket { get; private set; } = null!;
    public IReadOnlyList<TranscriptEntry> Transcript { get; private set; } = [];
    public IReadOnlyDictionary<string, string> FormData { get; private set; } = new Dictionary<string, string>();
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostReplyAsync(long id, string? text, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        text = text?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > 4000)
        {
            Error = "Écrivez une réponse de 1 à 4000 caractères · Write an answer of 1 to 4000 characters.";
            return Page();
        }

        var reply = await desk.ReplyAsync(id, User.Identity?.Name ?? "Secretariat", text, cancellationToken);
        if (!reply.Delivered)
        {
            await LoadAsync(id, cancellationToken);
            Error = $"La réponse n'a pas pu être remise; elle est conservée · The answer could not be delivered; it is kept. ({reply.DeliveryError})";
            return Page();
        }

        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostCloseAsync(long id, CancellationToken cancellationToken)
    {
        await desk.CloseAsync(id, cancellationToken);
        return RedirectToPage("/Index");
    }

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken)
    {
        var ticket = await desk.FindAsync(id, cancellationToken);
        if (ticket is null)
        {
            return false;
        }

        Ticket = ticket;
        Transcript = await desk.TranscriptAsync(ticket, cancellationToken);
        FormData = ticket.FormDataJson is null ? new Dictionary<string, string>() : JsonSerializer.Deserialize<Dictionary<string, string>>(ticket.FormDataJson) ?? [];
        return true;
    }
}
