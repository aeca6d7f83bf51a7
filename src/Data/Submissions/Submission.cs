using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WsisBot.Data.Submissions;

public enum SubmissionStatus
{
    Submitted,
    Withdrawn,
}

/// <summary>
/// Something a stakeholder submitted through the bot (a contribution, a prize nomination, a pledge…).
/// <see cref="ConfirmNonce"/> is unique: a second confirm of the same summary card can never make a second record.
/// </summary>
public sealed class Submission
{
    public long Id { get; set; }

    /// <summary>e.g. WSIS-2026-PRZ-000123: numbered per edition and kind, without gaps.</summary>
    public required string Reference { get; set; }

    public required string Kind { get; set; }
    public int EditionYear { get; set; }
    public required string ChannelId { get; set; }
    public required string ConversationId { get; set; }
    public required string UserId { get; set; }
    public string? UserName { get; set; }
    public required string Language { get; set; }

    /// <summary>The validated fields as a JSON object of strings.</summary>
    public required string FieldsJson { get; set; }

    public required string ConfirmNonce { get; set; }
    public SubmissionStatus Status { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? WithdrawnAt { get; set; }
}

internal sealed class SubmissionConfiguration : IEntityTypeConfiguration<Submission>
{
    public void Configure(EntityTypeBuilder<Submission> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Reference).HasMaxLength(40);
        builder.HasIndex(s => s.Reference).IsUnique();
        builder.Property(s => s.Kind).HasMaxLength(40);
        builder.Property(s => s.ChannelId).HasMaxLength(Limits.ChannelId);
        builder.Property(s => s.ConversationId).HasMaxLength(Limits.ConversationId);
        builder.Property(s => s.UserId).HasMaxLength(Limits.UserId);
        builder.Property(s => s.UserName).HasMaxLength(200);
        builder.Property(s => s.Language).HasMaxLength(16);
        builder.Property(s => s.ConfirmNonce).HasMaxLength(64);
        builder.HasIndex(s => s.ConfirmNonce).IsUnique();
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(s => new { s.ChannelId, s.UserId });
    }
}
