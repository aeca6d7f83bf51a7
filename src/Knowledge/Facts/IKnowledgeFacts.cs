namespace WsisBot.Knowledge.Facts;

/// <summary>
/// The extracted facts, for the submission dialogs and anything else that needs them as data rather than text.
/// <list type="bullet">
/// <item><see cref="Current"/>: the snapshot in force: <see cref="KnowledgeSnapshot.Letters"/> (reference, date),
/// <see cref="KnowledgeSnapshot.Deadlines"/>, <see cref="KnowledgeSnapshot.Events"/> (date range, place),
/// <see cref="KnowledgeSnapshot.Tiers"/> (key, French and English names, price in CHF or null for "Contact", benefits),
/// <see cref="KnowledgeSnapshot.Contacts"/>.</item>
/// <item><see cref="StatusOf"/>: a programme's deadline for the current (newest) edition and whether it is open today.</item>
/// </list>
/// "Today" is the <see cref="TimeProvider"/>'s local date, so <c>Clock:Now</c> moves it.
/// </summary>
public interface IKnowledgeFacts
{
    /// <summary>The snapshot in force; read it once per turn, it may be replaced by a newer one at any time.</summary>
    KnowledgeSnapshot Current { get; }

    /// <summary>Today's date by the registered <see cref="TimeProvider"/>.</summary>
    DateOnly Today { get; }

    /// <summary>Deadline and open/closed state of a programme for an edition (default: the newest).</summary>
    ProgrammeStatus StatusOf(Programme programme, int? editionYear = null);

    /// <summary>The partnership tiers of the newest offer table.</summary>
    IReadOnlyList<PartnershipTier> CurrentTiers { get; }
}
