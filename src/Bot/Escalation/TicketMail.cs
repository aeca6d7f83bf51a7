using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using WsisBot.Data.Escalation;

namespace WsisBot.Bot.Escalation;

/// <summary>The e-mail to the secretariat about a new ticket, sent over SMTP with MailKit.</summary>
public sealed class TicketMail(IOptions<SmtpOptions> smtp, IOptions<EscalationOptions> escalation)
{
    public bool IsConfigured => smtp.Value.IsConfigured && !string.IsNullOrWhiteSpace(escalation.Value.NotifyAddress);

    public async Task SendAsync(Ticket ticket, CancellationToken cancellationToken)
    {
        if (!IsConfigured)
        {
            return;
        }

        var settings = smtp.Value;
        using var message = Compose(ticket, settings.From, escalation.Value.NotifyAddress!, escalation.Value.PublicBaseUrl);
        using var client = new SmtpClient { Timeout = 15_000 };
        var security = Enum.TryParse<SecureSocketOptions>(settings.Security, ignoreCase: true, out var parsed) ? parsed : SecureSocketOptions.Auto;
        await client.ConnectAsync(settings.Host!, settings.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    public static MimeMessage Compose(Ticket ticket, string from, string to, string? publicBaseUrl)
    {
        var link = TicketLink(ticket.Id, publicBaseUrl);
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = $"[WsisBot] Demande n° {ticket.Id} / Request no. {ticket.Id} — {ticket.ChannelId}";
        message.Body = new TextPart("plain")
        {
            // Plain text only: what users typed never becomes markup in anyone's mail client.
            Text =
                $"Nouvelle demande pour le secrétariat / New request for the secretariat\n\n" +
                $"Demande / Request: {ticket.Id}\n" +
                $"Canal / Channel: {ticket.ChannelId}\n" +
                $"Langue / Language: {ticket.Language}\n" +
                $"Utilisateur / User: {ticket.DisplayName}\n" +
                (ticket.Organisation is null ? "" : $"Organisation: {ticket.Organisation}\n") +
                $"Motif / Reason: {ticket.Reason}\n\n" +
                $"Question:\n{ticket.Question}\n\n" +
                $"Ouvrir / Open: {link}\n",
        };
        return message;
    }

    public static string TicketLink(long ticketId, string? publicBaseUrl) =>
        $"{(publicBaseUrl ?? "").TrimEnd('/')}/inbox/tickets/{ticketId}";
}
