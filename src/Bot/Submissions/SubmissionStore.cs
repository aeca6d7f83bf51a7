using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WsisBot.Data;
using WsisBot.Data.Submissions;

namespace WsisBot.Bot.Submissions;

/// <summary>Saving, finding and withdrawing submissions; always scoped to the asking user.</summary>
public sealed class SubmissionStore(WsisBotDbContext db, TimeProvider clock)
{
    /// <summary>
    /// Adds a confirmed submission and gives it its reference. The turn runs in one transaction, so the record
    /// commits with the conversation state or not at all.
    /// </summary>
    public async Task<Submission> SaveAsync(Submission submission, CancellationToken cancellationToken)
    {
        submission.CreatedAt = clock.GetUtcNow();
        db.Submissions.Add(submission);
        await db.SaveChangesAsync(cancellationToken);
        submission.Reference = Reference(submission);
        return submission;
    }

    public static string Reference(Submission submission) =>
        $"WSIS-{submission.EditionYear}-{submission.Kind}-{submission.Id:D6}";

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
