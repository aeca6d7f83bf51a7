using Microsoft.EntityFrameworkCore;
using WsisBot.Data.Conversations;
using WsisBot.Data.Escalation;
using WsisBot.Data.Feedback;
using WsisBot.Data.Privacy;
using WsisBot.Data.Sequences;
using WsisBot.Data.Submissions;
using WsisBot.Data.DirectLine;

namespace WsisBot.Data;

/// <summary>
/// All the bot's state. Each provider has its own subclass and migrations folder:
/// <code>
/// dotnet ef migrations add NAME --project src/Data --context SqliteWsisBotDbContext --output-dir Sqlite/Migrations
/// dotnet ef migrations add NAME --project src/Data --context SqlServerWsisBotDbContext --output-dir SqlServer/Migrations
/// </code>
/// </summary>
public abstract class WsisBotDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<ConversationState> ConversationStates => Set<ConversationState>();
    public DbSet<StoredConversationReference> ConversationReferences => Set<StoredConversationReference>();
    public DbSet<TranscriptEntry> Transcript => Set<TranscriptEntry>();
    public DbSet<Submission> Submissions => Set<Submission>();
    public DbSet<Ticket> Tickets => Set<Ticket>();
    public DbSet<TicketReply> TicketReplies => Set<TicketReply>();
    public DbSet<InboxSignInCode> InboxSignInCodes => Set<InboxSignInCode>();
    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();
    public DbSet<AnswerFeedback> Feedback => Set<AnswerFeedback>();
    public DbSet<NumberSequence> NumberSequences => Set<NumberSequence>();
    public DbSet<DirectLineConversation> DirectLineConversations => Set<DirectLineConversation>();
    public DbSet<DirectLineActivity> DirectLineActivities => Set<DirectLineActivity>();
    public DbSet<DirectLineSigningKey> DirectLineSigningKeys => Set<DirectLineSigningKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(WsisBotDbContext).Assembly);
}
