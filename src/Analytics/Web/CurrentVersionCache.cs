using Analytics.Core.Ingest.Store;

namespace Analytics.Web;

/// <summary>
/// The id of a store's current version, read from its pointer again only when the store's generation counter moved
/// (<see cref="StoreGeneration"/>: every publish raises it, in any process) and at least once per <c>recheck</c> (a
/// pointer switched by a program that does not raise the counter). A request that finds the counter unchanged costs a
/// memory read. Without the counter (no data directory yet, or one that cannot be written) the pointer is read every
/// time. Reads of the pointer happen one at a time, so an older read never overwrites a newer one.
/// </summary>
internal sealed class CurrentVersionCache : IDisposable
{
    private const long RetryMilliseconds = 1000;

    private readonly DataStore store;
    private readonly long recheckMilliseconds;
    private readonly bool useGeneration;
    private readonly Lock gate = new();
    private StoreGeneration? generation;
    private long nextOpenAttempt;
    private volatile Seen? seen;
    private bool disposed;

    public CurrentVersionCache(DataStore store, TimeSpan recheck, bool useGeneration = true)
    {
        this.store = store;
        this.useGeneration = useGeneration;
        recheckMilliseconds = (long)recheck.TotalMilliseconds;
    }

    /// <summary>True while the store's generation counter is mapped.</summary>
    public bool UsesGeneration => generation is not null;

    /// <summary>The current version's id (null before the first import) and whether it differs from the one returned before.</summary>
    public (string? Id, bool Changed) Current()
    {
        var last = seen;
        if (last is not null && generation is { } counter && counter.Value == last.Generation && Environment.TickCount64 - last.ReadAt < recheckMilliseconds)
            return (last.Id, false);
        lock (gate)
        {
            var previous = seen;
            var now = Environment.TickCount64;
            OpenGeneration(now);
            // The counter before the pointer: a switch after this read raises the counter past the value kept.
            var value = generation?.Value ?? -1;
            var fresh = new Seen(store.CurrentId, value, now);
            seen = fresh;
            return (fresh.Id, previous is null || previous.Id != fresh.Id);
        }
    }

    private void OpenGeneration(long now)
    {
        if (!useGeneration || disposed || generation is not null || now < nextOpenAttempt) return;
        generation = StoreGeneration.Open(store.Root);
        if (generation is null) nextOpenAttempt = now + RetryMilliseconds;
    }

    public void Dispose()
    {
        lock (gate)
        {
            disposed = true;
            generation?.Dispose();
            generation = null;
        }
    }

    private sealed record Seen(string? Id, long Generation, long ReadAt);
}
