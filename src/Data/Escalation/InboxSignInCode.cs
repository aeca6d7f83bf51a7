using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WsisBot.Data.Escalation;

/// <summary>
/// A one-time code of the inbox's development sign-in link (<c>Inbox:DevelopmentSignIn</c>): only its SHA-256 is kept,
/// in the database so that any instance accepts it once and no instance twice.
/// </summary>
public sealed class InboxSignInCode
{
    public long Id { get; set; }
    public required byte[] CodeHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? UsedAt { get; set; }
}

internal sealed class InboxSignInCodeConfiguration : IEntityTypeConfiguration<InboxSignInCode>
{
    public void Configure(EntityTypeBuilder<InboxSignInCode> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.CodeHash).HasMaxLength(32);
        builder.HasIndex(c => c.CodeHash).IsUnique();
    }
}
