using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WsisBot.Data.Escalation;

public enum TicketStatus
{
    Open,
    Answered,
    Closed,
}

public enum TicketReason
{
    /// <summary>The user asked for a person.</summary>
    UserAsked,

    /// <summary>The bot could not answer and the user accepted the offer of the secretariat.</summary>
    Unanswered,

    /// <summary>The user failed the same form step three times.</summary>
    FormFailures,

    /// <summary>The user gave an answer from the letters a thumbs-down and accepted the offer of the secretariat.</summary>
    AnswerDisliked,
}

/// <summary>A conversation handed to the secretariat, with what staff need to take it over.</summary>
public sealed class Ticket
{
    public long Id { get; set; }
    public TicketStatus Status { get; set; }
    public TicketReason Reason { get; set; }
    public required string ChannelId { get; set; }
    public required string ConversationId { get; set; }
    public required string UserId { get; set; }
    public string? UserName { get; set; }
    public string? Organisation { get; set; }
    public required string Language { get; set; }
    public required string Question { get; set; }

    /// <summary>The form's values when a submission was in progress, as JSON.</summary>
    public string? FormDataJson { get; set; }

    /// <summary>Where to deliver staff replies (the Bot Framework conversation reference, as JSON).</summary>
    public required string ConversationReferenceJson { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? LastUserMessageAt { get; set; }

    public DateTimeOffset? NotifiedAt { get; set; }
    public int NotifyAttempts { get; set; }
    public DateTimeOffset? NextNotifyAt { get; set; }
    public string? NotifyError { get; set; }

    public List<TicketReply> Replies { get; set; } = [];

    /// <summary>The user's name when the channel gave one (web chat often sends an empty one), else their id.</summary>
    public string DisplayName => string.IsNullOrWhiteSpace(UserName) ? UserId : UserName;
}

/// <summary>A staff answer delivered into the user's conversation.</summary>
public sealed class TicketReply
{
    public long Id { get; set; }
    public long TicketId { get; set; }
    public required string StaffName { get; set; }
    public required string Text { get; set; }
    public DateTimeOffset At { get; set; }
    public bool Delivered { get; set; }
    public string? DeliveryError { get; set; }
}

internal sealed class TicketConfiguration : IEntityTypeConfiguration<Ticket>
{
    public void Configure(EntityTypeBuilder<Ticket> builder)
    {
        builder.HasKey(t => t.Id);
        // The ticket number users are told: taken from a NumberSequence in the turn that opens the ticket.
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.Reason).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.ChannelId).HasMaxLength(Limits.ChannelId);
        builder.Property(t => t.ConversationId).HasMaxLength(Limits.ConversationId);
        builder.Property(t => t.UserId).HasMaxLength(Limits.UserId);
        builder.Property(t => t.UserName).HasMaxLength(200);
        builder.Property(t => t.Organisation).HasMaxLength(200);
        builder.Property(t => t.Language).HasMaxLength(16);
        builder.Property(t => t.Question).HasMaxLength(Limits.Question);
        builder.Property(t => t.NotifyError).HasMaxLength(2000);
        builder.HasIndex(t => new { t.Status, t.CreatedAt });
        builder.HasIndex(t => new { t.ChannelId, t.ConversationId });
        builder.HasIndex(t => t.NextNotifyAt);
        builder.HasMany(t => t.Replies).WithOne().HasForeignKey(r => r.TicketId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TicketReplyConfiguration : IEntityTypeConfiguration<TicketReply>
{
    public void Configure(EntityTypeBuilder<TicketReply> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.StaffName).HasMaxLength(200);
        builder.Property(r => r.Text).HasMaxLength(4000);
        builder.Property(r => r.DeliveryError).HasMaxLength(2000);
    }
}
