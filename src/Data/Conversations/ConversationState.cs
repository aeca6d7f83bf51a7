using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WsisBot.Data.Conversations;

/// <summary>
/// One conversation's state (language, dialog stack, …) as JSON. <see cref="Version"/> is the
/// concurrency token: two instances taking turns on one conversation never overwrite each other.
/// </summary>
public sealed class ConversationState
{
    public required string ChannelId { get; set; }
    public required string ConversationId { get; set; }
    public string StateJson { get; set; } = "{}";
    public long Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class ConversationStateConfiguration : IEntityTypeConfiguration<ConversationState>
{
    public void Configure(EntityTypeBuilder<ConversationState> builder)
    {
        builder.HasKey(s => new { s.ChannelId, s.ConversationId });
        builder.Property(s => s.ChannelId).HasMaxLength(Limits.ChannelId);
        builder.Property(s => s.ConversationId).HasMaxLength(Limits.ConversationId);
        builder.Property(s => s.Version).IsConcurrencyToken();
    }
}
