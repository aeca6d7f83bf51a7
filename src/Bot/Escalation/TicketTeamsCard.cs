using Microsoft.Extensions.Options;
using WsisBot.Bot.Cards;
using WsisBot.Bot.Protocol;
using WsisBot.Data.Escalation;

namespace WsisBot.Bot.Escalation;

/// <summary>Optionally, a card about the new ticket in the secretariat's Teams channel, through the Bot Connector.</summary>
public sealed class TicketTeamsCard(ConnectorClient connector, IOptions<EscalationOptions> options)
{
    public bool IsConfigured => !string.IsNullOrWhiteSpace(options.Value.TeamsChannelId) && !string.IsNullOrWhiteSpace(options.Value.TeamsServiceUrl);

    public async Task SendAsync(Ticket ticket, CancellationToken cancellationToken)
    {
        if (!IsConfigured)
        {
            return;
        }

        await connector.SendAsync(new Activity
        {
            Type = ActivityTypes.Message,
            ServiceUrl = options.Value.TeamsServiceUrl,
            ChannelId = "msteams",
            Conversation = new ConversationAccount { Id = options.Value.TeamsChannelId, IsGroup = true },
            Attachments = [Card(ticket, TicketMail.TicketLink(ticket.Id, options.Value.PublicBaseUrl)).ToAttachment()],
        }, cancellationToken);
    }

    public static AdaptiveCard Card(Ticket ticket, string link) => new()
    {
        FallbackText = $"Demande n° {ticket.Id} / Request no. {ticket.Id}",
        Body =
        [
            new TextBlock($"Demande n° {ticket.Id} · Request no. {ticket.Id}") { Size = "Medium", Weight = "Bolder" },
            new FactSet(
            [
                new Fact("Canal · Channel", ticket.ChannelId),
                new Fact("Langue · Language", ticket.Language),
                new Fact("Utilisateur · User", Markdown.Escape(ticket.DisplayName)),
            ]),
            new TextBlock(Markdown.Escape(ticket.Question)),
            new TextBlock($"[Ouvrir · Open]({link})"),
        ],
    };
}
