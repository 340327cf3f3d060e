using Analytics.Core.Ingest.Store;

namespace Analytics.Web;

/// <summary>
/// The id of a store's current version, read again only when it may have changed: when a publish in this process or a
/// file-system watch on the data directory reports a new pointer, and after <c>recheck</c> in any case (a directory on a
/// network file system may report nothing). A request that finds nothing reported costs no system call. Without a
/// watch (the directory does not exist yet, or the system's watch limit is reached) the pointer is read every time.
/// </summary>
internal sealed class CurrentVersionWatch : IDisposable
{
    private const string PointerName = "current";

    private readonly DataStore store;
    private readonly long recheckMilliseconds;
    private readonly bool watchFiles;
    private readonly Lock gate = new();
    private FileSystemWatcher? watcher;
    private volatile Seen? seen;
    private volatile bool reported = true;

    public CurrentVersionWatch(DataStore store, TimeSpan recheck, bool watchFiles = true)
    {
        this.store = store;
        this.watchFiles = watchFiles;
        recheckMilliseconds = (long)recheck.TotalMilliseconds;
        DataStore.Published += OnPublished;
    }

    /// <summary>True while a file-system watch reports changes of the pointer.</summary>
    public bool Watching => watcher is not null;

    /// <summary>The current version's id (null before the first import) and whether it differs from the one returned before.</summary>
    public (string? Id, bool Changed) Current()
    {
        var last = seen;
        var now = Environment.TickCount64;
        if (last is not null && !reported && watcher is not null && now - last.CheckedAt < recheckMilliseconds) return (last.Id, false);
        reported = false; // before reading: a switch during the read is reported again
        StartWatching();
        var fresh = new Seen(store.CurrentId, now); // the pointer's few bytes: a file's times are too coarse to tell two quick switches apart
        seen = fresh;
        return (fresh.Id, last is null || last.Id != fresh.Id);
    }

    private void StartWatching()
    {
        if (!watchFiles || watcher is not null || !Directory.Exists(store.Root)) return;
        lock (gate)
        {
            if (watcher is not null) return;
            try
            {
                var fresh = new FileSystemWatcher(store.Root, PointerName) { NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite };
                fresh.Created += (_, _) => reported = true;
                fresh.Changed += (_, _) => reported = true;
                fresh.Deleted += (_, _) => reported = true;
                fresh.Renamed += (_, _) => reported = true;
                fresh.Error += (_, _) => reported = true; // e.g. the event queue overflowed
                fresh.EnableRaisingEvents = true;
                watcher = fresh;
            }
            catch (IOException)
            {
                // The system's limit of watches is reached: the pointer is checked on every request instead.
            }
        }
    }

    private void OnPublished(string root)
    {
        if (string.Equals(root, store.Root, StringComparison.Ordinal)) reported = true;
    }

    public void Dispose()
    {
        DataStore.Published -= OnPublished;
        lock (gate)
        {
            watcher?.Dispose();
            watcher = null;
        }
    }

    private sealed record Seen(string? Id, long CheckedAt);
}
