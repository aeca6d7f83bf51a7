using Microsoft.AspNetCore.Mvc.RazorPages;
using WsisBot.Data.Escalation;

namespace WsisBot.Bot.Escalation.Inbox;

public sealed class IndexModel(TicketDesk desk) : PageModel
{
    public IReadOnlyList<Ticket> Tickets { get; private set; } = [];

    public async Task OnGetAsync(TicketStatus? status, CancellationToken cancellationToken) =>
        Tickets = await desk.ListAsync(status, cancellationToken);

    public static string Label(TicketStatus status) => status switch
    {
        TicketStatus.Open => "Ouverte · Open",
        TicketStatus.Answered => "Répondue · Answered",
        _ => "Close · Closed",
    };
}
