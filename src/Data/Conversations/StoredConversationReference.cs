using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WsisBot.Data.Conversations;

/// <summary>The latest conversation reference of a conversation, kept for proactive messages.</summary>
public sealed class StoredConversationReference
{
    public required string ChannelId { get; set; }
    public required string ConversationId { get; set; }
    public string? UserId { get; set; }
    public string? ServiceUrl { get; set; }
    public required string ReferenceJson { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class StoredConversationReferenceConfiguration : IEntityTypeConfiguration<StoredConversationReference>
{
    public void Configure(EntityTypeBuilder<StoredConversationReference> builder)
    {
        builder.ToTable("ConversationReferences");
        builder.HasKey(r => new { r.ChannelId, r.ConversationId });
        builder.Property(r => r.ChannelId).HasMaxLength(Limits.ChannelId);
        builder.Property(r => r.ConversationId).HasMaxLength(Limits.ConversationId);
        builder.Property(r => r.UserId).HasMaxLength(Limits.UserId);
        builder.Property(r => r.ServiceUrl).HasMaxLength(Limits.Url);
    }
}
