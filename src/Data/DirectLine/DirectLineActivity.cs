using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WsisBot.Data.DirectLine;

/// <summary>One activity of a Direct Line conversation's log, as the client receives it, at its watermark.</summary>
public sealed class DirectLineActivity
{
    public required string ConversationId { get; set; }
    public long Watermark { get; set; }
    public required string ActivityJson { get; set; }
    public DateTimeOffset Timestamp { get; set; }
}

internal sealed class DirectLineActivityConfiguration : IEntityTypeConfiguration<DirectLineActivity>
{
    public void Configure(EntityTypeBuilder<DirectLineActivity> builder)
    {
        builder.HasKey(a => new { a.ConversationId, a.Watermark });
        builder.Property(a => a.ConversationId).HasMaxLength(Limits.ConversationId);
        // The retention purge deletes by age; timestamps only grow, so the index is appended to at its end.
        builder.HasIndex(a => a.Timestamp);
        builder.HasOne<DirectLineConversation>().WithMany().HasForeignKey(a => a.ConversationId).OnDelete(DeleteBehavior.Cascade);
    }
}
