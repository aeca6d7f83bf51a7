using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WsisBot.Data.Conversations;

public enum TranscriptDirection
{
    Incoming,
    Outgoing,
}

public enum DeliveryStatus
{
    /// <summary>An incoming activity, received by the bot.</summary>
    Received,

    /// <summary>Outgoing, not yet handed to the channel.</summary>
    Pending,
    Delivered,

    /// <summary>Outgoing, and the channel refused it after every retry: kept so nothing is silently lost.</summary>
    Undelivered,
}

/// <summary>Every activity in and out of a conversation, in order.</summary>
public sealed class TranscriptEntry
{
    public long Id { get; set; }
    public required string ChannelId { get; set; }
    public required string ConversationId { get; set; }
    public string? ActivityId { get; set; }
    public TranscriptDirection Direction { get; set; }
    public required string Type { get; set; }
    public string? FromId { get; set; }
    public string? Text { get; set; }
    public required string ActivityJson { get; set; }
    public DateTimeOffset Timestamp { get; set; }
    public DeliveryStatus Delivery { get; set; }
    public string? DeliveryError { get; set; }

    /// <summary>
    /// Set on an answer from the letters only, the one kind of message that takes feedback: the key its Web Chat feedback
    /// actions carry (Teams names the answer by <see cref="ActivityId"/> instead).
    /// </summary>
    public string? FeedbackKey { get; set; }

    /// <summary>For an answer from the letters: the question it answers, as the user wrote it.</summary>
    public string? Question { get; set; }

    /// <summary>For an answer from the letters: the letters it cites, as a JSON array.</summary>
    public string? CitationsJson { get; set; }
}

internal sealed class TranscriptEntryConfiguration : IEntityTypeConfiguration<TranscriptEntry>
{
    public void Configure(EntityTypeBuilder<TranscriptEntry> builder)
    {
        builder.ToTable("Transcript");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.ChannelId).HasMaxLength(Limits.ChannelId);
        builder.Property(t => t.ConversationId).HasMaxLength(Limits.ConversationId);
        builder.Property(t => t.ActivityId).HasMaxLength(Limits.ActivityId);
        builder.Property(t => t.FromId).HasMaxLength(Limits.UserId);
        builder.Property(t => t.Type).HasMaxLength(64);
        builder.Property(t => t.Direction).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.Delivery).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.DeliveryError).HasMaxLength(2000);
        builder.Property(t => t.FeedbackKey).HasMaxLength(36);
        builder.Property(t => t.Question).HasMaxLength(Limits.Question);
        builder.HasIndex(t => new { t.ChannelId, t.ConversationId, t.Id });
        builder.HasIndex(t => t.Timestamp);
    }
}
