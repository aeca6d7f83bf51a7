using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using WsisBot.Bot.Turns;
using WsisBot.Data;
using WsisBot.Data.Feedback;
using WsisBot.Knowledge;

namespace WsisBot.Bot.Escalation.Inbox;

/// <summary>The latest feedback on the bot's answers, with a link to the conversation's ticket when it has one.</summary>
public sealed class FeedbackModel(WsisBotDbContext db) : PageModel
{
    private const int Shown = 200;

    public IReadOnlyList<FeedbackRow> Rows { get; private set; } = [];

    public FeedbackReaction? Reaction { get; private set; }

    public async Task OnGetAsync(FeedbackReaction? reaction, CancellationToken cancellationToken)
    {
        Reaction = reaction;
        var feedback = await db.Feedback.AsNoTracking()
            .Where(f => reaction == null || f.Reaction == reaction)
            .OrderByDescending(f => f.Id)
            .Take(Shown)
            .ToListAsync(cancellationToken);
        var conversations = feedback.Select(f => f.ConversationId).Distinct().ToList();
        var tickets = await db.Tickets.AsNoTracking()
            .Where(t => conversations.Contains(t.ConversationId))
            .Select(t => new { t.Id, t.ChannelId, t.ConversationId })
            .ToListAsync(cancellationToken);
        Rows = [.. feedback.Select(f => new FeedbackRow(
            f,
            AnswerRecord.FromJson(f.CitationsJson),
            tickets.Where(t => t.ChannelId == f.ChannelId && t.ConversationId == f.ConversationId).Max(t => (long?)t.Id)))];
    }

    public static string Label(FeedbackReaction reaction) => reaction == FeedbackReaction.Like ? "Utile · Helpful" : "Pas utile · Not helpful";
}

/// <summary>One feedback as the page shows it; <see cref="TicketId"/> is the conversation's latest ticket.</summary>
public sealed record FeedbackRow(AnswerFeedback Feedback, IReadOnlyList<Citation> Citations, long? TicketId);
