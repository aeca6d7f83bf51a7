using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WsisBot.Data.Sequences;

/// <summary>
/// The last number given in a named sequence ("WSIS-2026-PRZ", "ticket"). Taking a number changes the row within
/// the turn's own SaveChanges; <see cref="Value"/> is the concurrency token, so two instances taking the same
/// number at once collide and one turn runs again: numbers are unique and gap-free per sequence.
/// </summary>
public sealed class NumberSequence
{
    public required string Name { get; set; }
    public long Value { get; set; }

    /// <summary>The next number of <paramref name="name"/>, saved with the caller's next SaveChanges.</summary>
    public static async Task<long> NextAsync(WsisBotDbContext db, string name, CancellationToken cancellationToken)
    {
        var sequence = db.NumberSequences.Local.FirstOrDefault(s => s.Name == name)
            ?? await db.NumberSequences.FirstOrDefaultAsync(s => s.Name == name, cancellationToken);
        if (sequence is null)
        {
            sequence = new NumberSequence { Name = name };
            db.NumberSequences.Add(sequence);
        }

        sequence.Value++;
        return sequence.Value;
    }
}

internal sealed class NumberSequenceConfiguration : IEntityTypeConfiguration<NumberSequence>
{
    public void Configure(EntityTypeBuilder<NumberSequence> builder)
    {
        builder.HasKey(s => s.Name);
        builder.Property(s => s.Name).HasMaxLength(64);
        builder.Property(s => s.Value).IsConcurrencyToken();
    }
}
