using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WsisBot.Data.DirectLine;

/// <summary>
/// A conversation on the bot's own Direct Line channel. <see cref="LastWatermark"/> is the watermark of its
/// newest activity and the concurrency token: two instances appending at once never hand out the same one.
/// </summary>
public sealed class DirectLineConversation
{
    public required string Id { get; set; }
    public required string UserId { get; set; }
    public long LastWatermark { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Timestamp of the newest activity: the next one is stamped later, so clients that sort by timestamp keep the log's order.</summary>
    public DateTimeOffset LastActivityAt { get; set; }
}

internal sealed class DirectLineConversationConfiguration : IEntityTypeConfiguration<DirectLineConversation>
{
    public void Configure(EntityTypeBuilder<DirectLineConversation> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasMaxLength(Limits.ConversationId);
        builder.Property(c => c.UserId).HasMaxLength(Limits.UserId);
        builder.Property(c => c.LastWatermark).IsConcurrencyToken();
        // Erasing one user's data finds their conversations (the user never changes, so turns never update it).
        builder.HasIndex(c => c.UserId);
    }
}
