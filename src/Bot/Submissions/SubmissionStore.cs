using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WsisBot.Bot.Turns;
using WsisBot.Data;
using WsisBot.Data.Submissions;

namespace WsisBot.Bot.Submissions;

/// <summary>Saving, finding and withdrawing submissions; always scoped to the asking user.</summary>
public sealed class SubmissionStore(WsisBotDbContext db, TimeProvider clock)
{
    /// <summary>The reference the next submission of this kind and edition gets, e.g. WSIS-2026-PRZ-000123.</summary>
    public static async Task<string> NextReferenceAsync(TurnContext turn, int editionYear, string kind, CancellationToken cancellationToken)
    {
        var prefix = $"WSIS-{editionYear}-{kind}";
        return $"{prefix}-{await turn.Store.TakeNumberAsync(prefix, cancellationToken):D6}";
    }

    /// <summary>Adds a confirmed submission; it is saved with the turn (state, transcript) or not at all.</summary>
    public Submission Add(TurnContext turn, Submission submission)
    {
        submission.CreatedAt = clock.GetUtcNow();
        turn.Store.Add(submission);
        return submission;
    }

    public Task<Submission?> FindByNonceAsync(string nonce, CancellationToken cancellationToken) =>
        db.Submissions.AsNoTracking().FirstOrDefaultAsync(s => s.ConfirmNonce == nonce, cancellationToken);

    public Task<List<Submission>> OfUserAsync(string channelId, string userId, CancellationToken cancellationToken) =>
        db.Submissions.AsNoTracking()
            .Where(s => s.ChannelId == channelId && s.UserId == userId)
            .OrderByDescending(s => s.Id)
            .Take(20)
            .ToListAsync(cancellationToken);

    /// <summary>The user's own submission with this reference, or null (another user's is never found).</summary>
    public Task<Submission?> OwnAsync(string channelId, string userId, string reference, CancellationToken cancellationToken) =>
        db.Submissions.FirstOrDefaultAsync(s => s.ChannelId == channelId && s.UserId == userId && s.Reference == reference, cancellationToken);

    public static Dictionary<string, string> Fields(Submission submission) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(submission.FieldsJson) ?? [];
}
