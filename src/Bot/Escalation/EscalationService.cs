using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WsisBot.Bot.Hosting;
using WsisBot.Bot.Protocol;
using WsisBot.Bot.Turns;
using WsisBot.Data.Escalation;
using WsisBot.Knowledge;

namespace WsisBot.Bot.Escalation;

/// <summary>
/// Opens tickets from a turn (saved in the turn's transaction, so a ticket exists exactly when the user is told so)
/// and keeps an open ticket informed of what the user writes next.
/// </summary>
public sealed class EscalationService(TimeProvider clock)
{
    public async Task<Ticket> OpenAsync(TurnContext turn, TicketReason reason, string question, string? formDataJson, CancellationToken cancellationToken)
    {
        var existing = await OpenTicketAsync(turn, cancellationToken);
        if (existing is not null)
        {
            existing.UpdatedAt = clock.GetUtcNow();
            turn.SendText(EscalationPhrases.AlreadyOpen(existing.Id, turn.Language));
            return existing;
        }

        var activity = turn.Activity;
        var now = clock.GetUtcNow();
        var ticket = new Ticket
        {
            Id = await turn.Store.TakeNumberAsync("ticket", cancellationToken),
            Status = TicketStatus.Open,
            Reason = reason,
            ChannelId = activity.ChannelId ?? "unknown",
            ConversationId = activity.Conversation!.Id!,
            UserId = activity.From?.Id ?? "unknown",
            UserName = activity.From?.Name,
            Organisation = OrganisationFrom(formDataJson),
            Language = turn.Language.ToLocale(),
            Question = question.Length > 4000 ? question[..4000] : question,
            FormDataJson = formDataJson,
            ConversationReferenceJson = JsonSerializer.Serialize(activity.GetConversationReference(), ProtocolJson.Options),
            CreatedAt = now,
            UpdatedAt = now,
            NextNotifyAt = now,
        };
        turn.Store.Add(ticket);
        turn.Measure(new EscalationMeasured(reason.ToString()));
        turn.State = turn.State with { OpenTicketId = ticket.Id };
        turn.SendText(reason == TicketReason.FormFailures
            ? EscalationPhrases.FormHandedOver(ticket.Id, turn.Language)
            : EscalationPhrases.Opened(ticket.Id, turn.Language));
        return ticket;
    }

    /// <summary>Marks that the user wrote while their ticket is open, so staff see it; forgets a ticket staff closed.</summary>
    public async Task NoteUserMessageAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.State.OpenTicketId is null)
        {
            return;
        }

        var ticket = await OpenTicketAsync(turn, cancellationToken);
        if (ticket is null)
        {
            turn.State = turn.State with { OpenTicketId = null };
            return;
        }

        ticket.LastUserMessageAt = clock.GetUtcNow();
        ticket.UpdatedAt = ticket.LastUserMessageAt.Value;
    }

    private static Task<Ticket?> OpenTicketAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var channelId = turn.Activity.ChannelId ?? "unknown";
        var conversationId = turn.Activity.Conversation!.Id!;
        return turn.Store.Tickets.FirstOrDefaultAsync(
            t => t.ChannelId == channelId && t.ConversationId == conversationId && t.Status != TicketStatus.Closed, cancellationToken);
    }

    private static string? OrganisationFrom(string? formDataJson)
    {
        if (formDataJson is null)
        {
            return null;
        }

        var values = JsonSerializer.Deserialize<Dictionary<string, string>>(formDataJson);
        return values?.GetValueOrDefault("organisation") is { Length: > 0 and <= 200 } organisation ? organisation : null;
    }
}
