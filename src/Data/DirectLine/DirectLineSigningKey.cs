using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WsisBot.Data.DirectLine;

/// <summary>The key that signs Direct Line tokens, kept in the database so every instance accepts every instance's tokens.</summary>
public sealed class DirectLineSigningKey
{
    public int Id { get; set; }
    public required byte[] Key { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

internal sealed class DirectLineSigningKeyConfiguration : IEntityTypeConfiguration<DirectLineSigningKey>
{
    public void Configure(EntityTypeBuilder<DirectLineSigningKey> builder)
    {
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Id).ValueGeneratedNever();
        builder.Property(k => k.Key).HasMaxLength(64);
    }
}
