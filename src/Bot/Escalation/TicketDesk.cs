using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WsisBot.Bot.Channels;
using WsisBot.Bot.Protocol;
using WsisBot.Data;
using WsisBot.Data.Conversations;
using WsisBot.Data.Escalation;
using WsisBot.Knowledge;

namespace WsisBot.Bot.Escalation;

/// <summary>What secretariat staff do with a ticket: read it with its transcript, reply into the user's conversation, close it.</summary>
public sealed class TicketDesk(WsisBotDbContext db, IDatabaseWriter writer, ProactiveMessenger messenger, TimeProvider clock, ILogger<TicketDesk> logger)
{
    public Task<List<Ticket>> ListAsync(TicketStatus? status, CancellationToken cancellationToken) =>
        db.Tickets.AsNoTracking()
            .Where(t => status == null || t.Status == status)
            .OrderByDescending(t => t.Id)
            .Take(200)
            .ToListAsync(cancellationToken);

    public Task<Ticket?> FindAsync(long id, CancellationToken cancellationToken) =>
        db.Tickets.AsNoTracking().Include(t => t.Replies).FirstOrDefaultAsync(t => t.Id == id, cancellationToken);

    public Task<List<TranscriptEntry>> TranscriptAsync(Ticket ticket, CancellationToken cancellationToken) =>
        db.Transcript.AsNoTracking()
            .Where(t => t.ChannelId == ticket.ChannelId && t.ConversationId == ticket.ConversationId && t.Type == "message")
            .OrderBy(t => t.Id)
            .ToListAsync(cancellationToken);

    /// <summary>
    /// Sends a staff reply into the user's own conversation (Teams, web chat…) and records it in the ticket and the
    /// transcript. A reply the channel refuses is recorded as undelivered and reported; it is not lost.
    /// </summary>
    public async Task<TicketReply> ReplyAsync(long ticketId, string staffName, string text, CancellationToken cancellationToken)
    {
        var ticket = await db.Tickets.FirstAsync(t => t.Id == ticketId, cancellationToken);
        var reference = JsonSerializer.Deserialize<ConversationReference>(ticket.ConversationReferenceJson, ProtocolJson.Options)!;
        var language = LanguageExtensions.FromLocale(ticket.Language) ?? Language.French;
        var body = $"**{language.Pick("Secrétariat du Forum du SMSI", "WSIS Forum secretariat")}** ({Markdown.Escape(staffName)}) : {text}";
        var now = clock.GetUtcNow();
        var reply = new TicketReply { TicketId = ticket.Id, StaffName = staffName, Text = text, At = now };
        var entry = new TranscriptEntry
        {
            ChannelId = ticket.ChannelId,
            ConversationId = ticket.ConversationId,
            Direction = TranscriptDirection.Outgoing,
            Type = ActivityTypes.Message,
            FromId = reference.Bot?.Id,
            Text = body,
            ActivityJson = "{}",
            Timestamp = now,
            Delivery = DeliveryStatus.Pending,
        };
        var recordedByChannel = false;
        try
        {
            var delivery = await messenger.SendAsync(reference, body, cancellationToken);
            (entry.ActivityId, recordedByChannel) = (delivery.ActivityId, delivery.TranscriptRecorded);
            entry.Delivery = DeliveryStatus.Delivered;
            reply.Delivered = true;
            ticket.Status = TicketStatus.Answered;
        }
        catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException or ArgumentException or TaskCanceledException or Polly.Timeout.TimeoutRejectedException
            or Microsoft.Identity.Client.MsalException)
        {
            logger.LogError(ex, "Staff reply to ticket {Ticket} was not delivered.", ticket.Id);
            entry.Delivery = DeliveryStatus.Undelivered;
            entry.DeliveryError = reply.DeliveryError = ex.Message.Length > 2000 ? ex.Message[..2000] : ex.Message;
        }

        ticket.UpdatedAt = now;
        db.TicketReplies.Add(reply);
        if (!recordedByChannel)
        {
            db.Transcript.Add(entry);
        }

        await writer.SaveChangesAsync(db, cancellationToken);
        return reply;
    }

    public Task CloseAsync(long ticketId, CancellationToken cancellationToken) =>
        writer.WriteAsync(db, (context, token) => context.Tickets.Where(t => t.Id == ticketId).ExecuteUpdateAsync(
            set => set.SetProperty(t => t.Status, TicketStatus.Closed).SetProperty(t => t.UpdatedAt, clock.GetUtcNow()),
            token), cancellationToken);
}
