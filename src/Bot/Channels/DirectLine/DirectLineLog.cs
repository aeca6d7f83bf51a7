using Microsoft.EntityFrameworkCore;
using WsisBot.Bot.Turns;
using WsisBot.Data;
using WsisBot.Data.DirectLine;

namespace WsisBot.Bot.Channels.DirectLine;

/// <summary>
/// The bot's own Direct Line conversations as stored: a conversation's log is created here, read here (polling,
/// sockets, reconnects), and appended to by the turn pipeline through <see cref="For"/>, in the turn's own unit of work.
/// </summary>
public sealed class DirectLineLog(IServiceScopeFactory scopes, IDatabaseWriter writer, DirectLineStreams streams, TimeProvider clock)
{
    private const int MaxPage = 500;

    /// <summary>Creates the conversation's log; false when it already existed.</summary>
    public async Task<bool> CreateAsync(string conversationId, string userId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WsisBotDbContext>();
        if (await db.DirectLineConversations.AnyAsync(c => c.Id == conversationId, cancellationToken))
        {
            return false;
        }

        var now = clock.GetUtcNow();
        db.DirectLineConversations.Add(new DirectLineConversation { Id = conversationId, UserId = userId, CreatedAt = now, LastActivityAt = now });
        try
        {
            await writer.SaveChangesAsync(db, cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            if (await FindUserAsync(conversationId, cancellationToken) is null)
            {
                throw;
            }

            // Started concurrently with the same token (two tabs): the other request welcomes the user.
            return false;
        }
    }

    /// <summary>The log as a turn's unit of work appends to it; <paramref name="logsIncoming"/>: the turn's own activity is appended too.</summary>
    public ITurnLog For(string conversationId, bool logsIncoming) => new DirectLineTurnLog(conversationId, logsIncoming, streams);

    /// <summary>The user a conversation was started for, or null when it does not exist.</summary>
    public async Task<string?> FindUserAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WsisBotDbContext>();
        return await db.DirectLineConversations.Where(c => c.Id == conversationId).Select(c => c.UserId).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The log after <paramref name="watermark"/> (at most a page), or null when the conversation does not exist.</summary>
    public async Task<IReadOnlyList<DirectLineLogEntry>?> ReadAfterAsync(string conversationId, long watermark, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WsisBotDbContext>();
        var last = await db.DirectLineConversations.Where(c => c.Id == conversationId).Select(c => (long?)c.LastWatermark).FirstOrDefaultAsync(cancellationToken);
        if (last is null)
        {
            return null;
        }

        if (last <= watermark)
        {
            return [];
        }

        return await db.DirectLineActivities
            .Where(a => a.ConversationId == conversationId && a.Watermark > watermark)
            .OrderBy(a => a.Watermark)
            .Take(MaxPage)
            .Select(a => new DirectLineLogEntry(a.Watermark, a.ActivityJson))
            .ToListAsync(cancellationToken);
    }
}
