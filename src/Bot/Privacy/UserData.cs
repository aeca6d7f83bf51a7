using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WsisBot.Bot.Channels.DirectLine;
using WsisBot.Data;
using WsisBot.Data.Conversations;
using WsisBot.Data.Privacy;

namespace WsisBot.Bot.Privacy;

/// <summary>
/// One person's data across the bot — submissions, tickets with replies, feedback, transcripts, conversation state — for the
/// secretariat to export or erase on request. Every export and delete is written to the audit log.
/// </summary>
public sealed class UserData(WsisBotDbContext db, IDatabaseWriter writer, TimeProvider clock)
{
    private static readonly JsonSerializerOptions ExportJson = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public async Task<byte[]> ExportAsync(string channelId, string userId, string actor, CancellationToken cancellationToken)
    {
        var conversations = await ConversationsOfAsync(channelId, userId, cancellationToken);
        var export = new
        {
            channelId,
            userId,
            exportedAt = clock.GetUtcNow(),
            submissions = await db.Submissions.AsNoTracking().Where(s => s.ChannelId == channelId && s.UserId == userId)
                .Select(s => new { s.Reference, s.Kind, s.Status, s.Language, s.CreatedAt, s.WithdrawnAt, s.FieldsJson }).ToListAsync(cancellationToken),
            tickets = await db.Tickets.AsNoTracking().Include(t => t.Replies).Where(t => t.ChannelId == channelId && t.UserId == userId)
                .Select(t => new { t.Id, t.Status, t.Reason, t.Question, t.Organisation, t.FormDataJson, t.CreatedAt, Replies = t.Replies.Select(r => new { r.StaffName, r.Text, r.At }) })
                .ToListAsync(cancellationToken),
            feedback = await db.Feedback.AsNoTracking().Where(f => f.ChannelId == channelId && f.UserId == userId)
                .OrderBy(f => f.Id).Select(f => new { f.ConversationId, Reaction = f.Reaction.ToString(), f.Comment, f.Question, f.Answer, f.Language, f.At }).ToListAsync(cancellationToken),
            transcript = await db.Transcript.AsNoTracking().Where(t => t.ChannelId == channelId && (conversations.Contains(t.ConversationId) || t.FromId == userId))
                .OrderBy(t => t.Id).Select(t => new { t.ConversationId, t.Direction, t.Type, t.Text, t.Timestamp }).ToListAsync(cancellationToken),
        };
        Audit("export", channelId, userId, actor, $"submissions={export.submissions.Count} tickets={export.tickets.Count} feedback={export.feedback.Count} transcript={export.transcript.Count}");
        await writer.SaveChangesAsync(db, cancellationToken);
        return JsonSerializer.SerializeToUtf8Bytes(export, ExportJson);
    }

    /// <summary>
    /// Erases the user's data in one unit through the writer: all of it or, when something fails, nothing. On the bot's
    /// own Direct Line the conversations the user started go too, with their activity log (which holds every message
    /// again), even those whose transcript the retention purge already deleted.
    /// </summary>
    public Task<string> DeleteAsync(string channelId, string userId, string actor, CancellationToken cancellationToken) =>
        writer.WriteAsync(db, async (context, token) =>
        {
            var conversations = await ConversationsOfAsync(channelId, userId, token);
            var directLine = channelId == DirectLineChannel.ChannelId
                ? await context.DirectLineConversations.Where(c => c.UserId == userId).Select(c => c.Id).ToListAsync(token)
                : [];
            conversations = [.. conversations.Union(directLine)];
            var submissions = await context.Submissions.Where(s => s.ChannelId == channelId && s.UserId == userId).ExecuteDeleteAsync(token);
            var tickets = await context.Tickets.Where(t => t.ChannelId == channelId && t.UserId == userId).ExecuteDeleteAsync(token);
            var feedback = await context.Feedback.Where(f => f.ChannelId == channelId && f.UserId == userId).ExecuteDeleteAsync(token);
            var transcript = await context.Transcript.Where(t => t.ChannelId == channelId && (conversations.Contains(t.ConversationId) || t.FromId == userId)).ExecuteDeleteAsync(token);
            await context.ConversationStates.Where(s => s.ChannelId == channelId && conversations.Contains(s.ConversationId)).ExecuteDeleteAsync(token);
            await context.ConversationReferences.Where(r => r.ChannelId == channelId && conversations.Contains(r.ConversationId)).ExecuteDeleteAsync(token);
            var summary = $"submissions={submissions} tickets={tickets} feedback={feedback} transcript={transcript} conversations={conversations.Count}";
            if (directLine.Count > 0)
            {
                var logged = await context.DirectLineActivities.Where(a => directLine.Contains(a.ConversationId)).ExecuteDeleteAsync(token);
                await context.DirectLineConversations.Where(c => directLine.Contains(c.Id)).ExecuteDeleteAsync(token);
                summary += $" directLineLog={logged}";
            }

            Audit("delete", channelId, userId, actor, summary);
            // Saved inside the write, which runs in the writer's queue already.
            await context.SaveChangesAsync(token);
            return summary;
        }, cancellationToken);

    public Task<List<AuditEntry>> RecentAuditAsync(CancellationToken cancellationToken) =>
        db.AuditLog.AsNoTracking().OrderByDescending(a => a.Id).Take(50).ToListAsync(cancellationToken);

    /// <summary>
    /// Conversations that are this user's alone (nobody else wrote in them): those go whole. In shared ones
    /// (group chats, channels) only the user's own messages are theirs to export or erase.
    /// </summary>
    private async Task<List<string>> ConversationsOfAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        var incoming = db.Transcript.AsNoTracking().Where(t => t.ChannelId == channelId && t.Direction == TranscriptDirection.Incoming);
        var mine = incoming.Where(t => t.FromId == userId).Select(t => t.ConversationId).Distinct();
        var shared = incoming.Where(t => t.FromId != userId && mine.Contains(t.ConversationId)).Select(t => t.ConversationId).Distinct();
        return await mine.Except(shared).ToListAsync(cancellationToken);
    }

    private void Audit(string action, string channelId, string userId, string actor, string summary) =>
        db.AuditLog.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            Actor = actor,
            Action = action,
            SubjectChannelId = channelId,
            SubjectUserId = userId,
            Summary = summary,
        });
}
