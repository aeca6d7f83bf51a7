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
        builder.HasIndex(t => new { t.ChannelId, t.ConversationId, t.Id });
        builder.HasIndex(t => t.Timestamp);
    }
}
