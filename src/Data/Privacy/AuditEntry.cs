using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WsisBot.Data.Privacy;

/// <summary>Who exported or deleted whose data, and when: the secretariat's accountability for personal data.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public required string Actor { get; set; }
    public required string Action { get; set; }
    public required string SubjectChannelId { get; set; }
    public required string SubjectUserId { get; set; }

    /// <summary>What the action touched, e.g. "submissions=2 tickets=1 transcript=14".</summary>
    public required string Summary { get; set; }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditLog");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Actor).HasMaxLength(200);
        builder.Property(a => a.Action).HasMaxLength(32);
        builder.Property(a => a.SubjectChannelId).HasMaxLength(Limits.ChannelId);
        builder.Property(a => a.SubjectUserId).HasMaxLength(Limits.UserId);
        builder.Property(a => a.Summary).HasMaxLength(1000);
        builder.HasIndex(a => a.At);
    }
}
