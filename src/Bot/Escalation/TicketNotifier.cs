using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WsisBot.Bot.Hosting;
using WsisBot.Data;
using WsisBot.Data.Escalation;

namespace WsisBot.Bot.Escalation;

/// <summary>
/// Tells the secretariat about new tickets, in the background: the ticket is already saved, so a failing mail server
/// only delays the notice (retried with growing delays), it never loses the ticket. Each ticket is claimed with a
/// conditional update, so two instances never both send it. A notice the host's stop interrupts is handed back
/// unsent, for the next start.
/// </summary>
public sealed class TicketNotifier(
    IServiceScopeFactory scopes,
    IDatabaseWriter writer,
    TicketMail mail,
    TicketTeamsCard teamsCard,
    IOptions<EscalationOptions> options,
    TimeProvider clock,
    ILogger<TicketNotifier> logger) : PeriodicJob(clock, logger)
{
    private static readonly TimeSpan Claim = TimeSpan.FromMinutes(2);

    protected override TimeSpan Interval => TimeSpan.FromSeconds(options.Value.NotifyPollSeconds);

    protected override bool IsEnabled
    {
        get
        {
            if (!mail.IsConfigured && !teamsCard.IsConfigured)
            {
                logger.LogWarning("Neither Smtp:Host with Escalation:NotifyAddress nor Escalation:TeamsChannelId is set: tickets wait in /inbox without a notice.");
            }

            return mail.IsConfigured || teamsCard.IsConfigured;
        }
    }

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WsisBotDbContext>();
        var now = Clock.GetUtcNow();
        var due = await db.Tickets.AsNoTracking()
            .Where(t => t.NotifiedAt == null && t.NextNotifyAt != null && t.NextNotifyAt <= now && t.NotifyAttempts < options.Value.MaxNotifyAttempts)
            .OrderBy(t => t.NextNotifyAt)
            .Select(t => t.Id)
            .Take(20)
            .ToListAsync(cancellationToken);

        foreach (var id in due)
        {
            var claimed = await writer.WriteAsync(db, (context, token) => context.Tickets
                .Where(t => t.Id == id && t.NotifiedAt == null && t.NextNotifyAt <= now)
                .ExecuteUpdateAsync(set => set.SetProperty(t => t.NextNotifyAt, now + Claim), token), cancellationToken);
            if (claimed == 0)
            {
                continue;
            }

            await NotifyAsync(db, id, cancellationToken);
        }
    }

    private async Task NotifyAsync(WsisBotDbContext db, long id, CancellationToken cancellationToken)
    {
        try
        {
            var ticket = await db.Tickets.AsNoTracking().FirstAsync(t => t.Id == id, cancellationToken);
            await SendAsync(db, ticket, cancellationToken);
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            // The host is stopping mid-notice: hand the claim back so the next start sends it at once, not after the claim.
            await ReleaseClaimAsync(db, id);
            throw;
        }
    }

    private async Task SendAsync(WsisBotDbContext db, Ticket ticket, CancellationToken cancellationToken)
    {
        try
        {
            await mail.SendAsync(ticket, cancellationToken);
            await teamsCard.SendAsync(ticket, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            var attempts = ticket.NotifyAttempts + 1;
            var retryIn = TimeSpan.FromSeconds(Math.Min(3600, options.Value.NotifyRetrySeconds * Math.Pow(2, attempts - 1)));
            logger.LogWarning(ex, "Notice of ticket {Ticket} failed (attempt {Attempt}); next try in {Delay}.", ticket.Id, attempts, retryIn);
            var error = ex.Message.Length > 2000 ? ex.Message[..2000] : ex.Message;
            await writer.WriteAsync(db, (context, token) => context.Tickets.Where(t => t.Id == ticket.Id).ExecuteUpdateAsync(
                set => set.SetProperty(t => t.NotifyAttempts, attempts).SetProperty(t => t.NotifyError, error).SetProperty(t => t.NextNotifyAt, Clock.GetUtcNow() + retryIn),
                token), CancellationToken.None);
            return;
        }

        // Sent: recorded even when the host is stopping meanwhile, so the secretariat is not told twice.
        await writer.WriteAsync(db, (context, token) => context.Tickets.Where(t => t.Id == ticket.Id).ExecuteUpdateAsync(
            set => set.SetProperty(t => t.NotifiedAt, Clock.GetUtcNow()).SetProperty(t => t.NotifyError, (string?)null).SetProperty(t => t.NextNotifyAt, (DateTimeOffset?)null),
            token), CancellationToken.None);
        logger.LogInformation("Secretariat notified of ticket {Ticket}.", ticket.Id);
    }

    private async Task ReleaseClaimAsync(WsisBotDbContext db, long id)
    {
        try
        {
            await writer.WriteAsync(db, (context, token) => context.Tickets.Where(t => t.Id == id && t.NotifiedAt == null).ExecuteUpdateAsync(
                set => set.SetProperty(t => t.NextNotifyAt, Clock.GetUtcNow()), token), CancellationToken.None);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Could not hand back the claim on ticket {Ticket}; it is sent once the claim expires.", id);
        }
    }
}
