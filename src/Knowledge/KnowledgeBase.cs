using Microsoft.Extensions.Options;
using WsisBot.Knowledge.Facts;
using WsisBot.Knowledge.Ingestion;

namespace WsisBot.Knowledge;

/// <summary>
/// Holds the snapshot in force and swaps it whole when the corpus changes, so a turn never sees half a reload.
/// <see cref="IsReady"/> turns true once the first load has finished (the host's /healthz reads it).
/// Reading <see cref="Current"/> before then waits for that first load.
/// </summary>
public sealed class KnowledgeBase(CorpusLoader loader, IOptions<KnowledgeOptions> options, TimeProvider time) : IKnowledgeFacts
{
    private readonly Lock _gate = new();
    private volatile KnowledgeSnapshot? _current;

    /// <summary>True once the corpus has been read at least once.</summary>
    public bool IsReady => _current is not null;

    /// <summary>Raised after a new snapshot is in force.</summary>
    public event Action<KnowledgeSnapshot>? Changed;

    public KnowledgeSnapshot Current => _current ?? FirstLoad();

    public DateOnly Today => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    public IReadOnlyList<PartnershipTier> CurrentTiers => Current.TiersOf();

    public ProgrammeStatus StatusOf(Programme programme, int? editionYear = null) => Current.StatusOf(programme, Today, editionYear);

    private KnowledgeSnapshot FirstLoad()
    {
        lock (_gate)
        {
            return _current ?? Reload();
        }
    }

    /// <summary>Reads the corpus folder again and puts the new snapshot in force.</summary>
    public KnowledgeSnapshot Reload()
    {
        KnowledgeSnapshot snapshot;
        lock (_gate)
        {
            snapshot = loader.Load(options.Value.CorpusPath);
            _current = snapshot;
        }

        Changed?.Invoke(snapshot);
        return snapshot;
    }
}
