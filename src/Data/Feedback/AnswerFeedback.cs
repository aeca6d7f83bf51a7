using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WsisBot.Data.Conversations;

namespace WsisBot.Data.Feedback;

public enum FeedbackReaction
{
    Like,
    Dislike,
}

/// <summary>
/// What a user said of one answer from the letters: thumbs up or down and, from Teams, a comment. The question, the
/// answer and its citations are copied from the answer's transcript row, so the feedback outlives the transcript's retention.
/// </summary>
public sealed class AnswerFeedback
{
    public long Id { get; set; }
    public required string ChannelId { get; set; }
    public required string ConversationId { get; set; }

    /// <summary>Who gave it: the user the answer was for.</summary>
    public required string UserId { get; set; }

    /// <summary>The answer's transcript row; null once the retention purge deleted it. One feedback per answer.</summary>
    public long? AnswerEntryId { get; set; }

    public required string Question { get; set; }
    public required string Answer { get; set; }

    /// <summary>The letters the answer cites, as a JSON array of <c>{reference, letterDate, fileName}</c>.</summary>
    public required string CitationsJson { get; set; }

    /// <summary>The answer's language, as a locale (fr-FR, en-US).</summary>
    public required string Language { get; set; }

    public FeedbackReaction Reaction { get; set; }

    /// <summary>What the user wrote in Teams' feedback form; Web Chat 4.18 offers none.</summary>
    public string? Comment { get; set; }

    public DateTimeOffset At { get; set; }
}

internal sealed class AnswerFeedbackConfiguration : IEntityTypeConfiguration<AnswerFeedback>
{
    public void Configure(EntityTypeBuilder<AnswerFeedback> builder)
    {
        builder.ToTable("Feedback");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.ChannelId).HasMaxLength(Limits.ChannelId);
        builder.Property(f => f.ConversationId).HasMaxLength(Limits.ConversationId);
        builder.Property(f => f.UserId).HasMaxLength(Limits.UserId);
        builder.Property(f => f.Question).HasMaxLength(Limits.Question);
        builder.Property(f => f.Language).HasMaxLength(16);
        builder.Property(f => f.Reaction).HasConversion<string>().HasMaxLength(16);
        builder.Property(f => f.Comment).HasMaxLength(Limits.Comment);
        // A second feedback on the same answer fails here even when two instances take it at once.
        builder.HasIndex(f => f.AnswerEntryId).IsUnique();
        builder.HasOne<TranscriptEntry>().WithMany().HasForeignKey(f => f.AnswerEntryId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(f => f.At);
        builder.HasIndex(f => new { f.ChannelId, f.UserId });
    }
}
