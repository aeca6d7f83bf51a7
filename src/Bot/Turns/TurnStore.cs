using Microsoft.EntityFrameworkCore;
using WsisBot.Data;
using WsisBot.Data.Conversations;
using WsisBot.Data.Escalation;
using WsisBot.Data.Feedback;
using WsisBot.Data.Sequences;
using WsisBot.Data.Submissions;

namespace WsisBot.Bot.Turns;

/// <summary>
/// What a turn reads and adds beyond its conversation's state, all in the turn's unit of work: what is added here is
/// saved with the state and the transcript, or not at all. Built over any <see cref="WsisBotDbContext"/>, so a test
/// can hand a router or a dialog a turn over its own SQLite file without the pipeline.
/// </summary>
public sealed class TurnStore(WsisBotDbContext db, NumberGate numbers) : IDisposable
{
    private IDisposable? _numberPass;

    public IQueryable<Ticket> Tickets => db.Tickets;

    public IQueryable<Submission> Submissions => db.Submissions;

    /// <summary>Read only: the pipeline writes the turn's own rows.</summary>
    public IQueryable<TranscriptEntry> Transcript => db.Transcript.AsNoTracking();

    public IQueryable<AnswerFeedback> Feedback => db.Feedback;

    public void Add(Ticket ticket) => db.Tickets.Add(ticket);

    public void Add(AnswerFeedback feedback) => db.Feedback.Add(feedback);

    public void Add(Submission submission) => db.Submissions.Add(submission);

    /// <summary>The next number of a sequence (a reference, a ticket), saved with the turn; see <see cref="NumberGate"/>.</summary>
    public async Task<long> TakeNumberAsync(string sequence, CancellationToken cancellationToken)
    {
        _numberPass ??= await numbers.EnterAsync(cancellationToken);
        return await NumberSequence.NextAsync(db, sequence, cancellationToken);
    }

    public void Dispose() => _numberPass?.Dispose();
}
