using Analytics.DuckDb.Native;

namespace Analytics.DuckDb;

/// <summary>
/// A DuckDB database opened once per path (and per configuration) and shared by every open
/// connection to it; it is closed when the last of them closes. <c>:memory:</c> is private to one
/// connection; <c>:memory:NAME</c> is an in-memory database shared by name.
/// </summary>
internal sealed class DuckDbDatabase
{
    private static readonly Dictionary<string, DuckDbDatabase> Open = new(StringComparer.Ordinal);
    private static readonly Lock Gate = new();

    private readonly string? key;
    private int references;

    private DuckDbDatabase(string? key, DatabaseHandle handle)
    {
        this.key = key;
        Handle = handle;
    }

    public DatabaseHandle Handle { get; }

    /// <summary>DuckDB's library version, e.g. <c>v1.5.6</c>.</summary>
    public static unsafe string LibraryVersion => Utf8.FromBorrowed(NativeMethods.LibraryVersion()) ?? "";

    public static DuckDbDatabase Acquire(string dataSource, IReadOnlyDictionary<string, string> options)
    {
        var path = NormalisePath(dataSource);
        if (path is null) return OpenNew(null, options, key: null);

        var key = path + "\n" + string.Join("\n", options.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => o.Key + "=" + o.Value));
        lock (Gate)
        {
            if (!Open.TryGetValue(key, out var database))
            {
                database = OpenNew(path, options, key);
                Open[key] = database;
            }
            database.references++;
            return database;
        }
    }

    public void Release()
    {
        if (key is null)
        {
            Handle.Dispose();
            return;
        }
        lock (Gate)
        {
            if (--references > 0) return;
            Open.Remove(key);
            Handle.Dispose();
        }
    }

    private static string? NormalisePath(string dataSource)
    {
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:") return null;
        if (dataSource.StartsWith(":memory:", StringComparison.Ordinal)) return dataSource;
        return Path.GetFullPath(dataSource);
    }

    private static DuckDbDatabase OpenNew(string? path, IReadOnlyDictionary<string, string> options, string? key)
    {
        NativeMethods.CreateConfig(out var config);
        try
        {
            foreach (var (name, value) in options)
            {
                if (NativeMethods.SetConfig(config, name, value) != DuckDbState.Success)
                    throw new DuckDbException($"Unknown or invalid DuckDB option '{name}={value}'.");
            }
            // A named in-memory database is opened by DuckDB as a private one; sharing is ours.
            var nativePath = path is null || path.StartsWith(":memory:", StringComparison.Ordinal) ? ":memory:" : path;
            var state = NativeMethods.Open(nativePath, out var database, config, out var error);
            if (state != DuckDbState.Success)
            {
                var message = Utf8.FromOwned(error) ?? "unknown error";
                throw new DuckDbException($"Cannot open DuckDB database '{path ?? ":memory:"}': {message}");
            }
            var handle = new DatabaseHandle();
            handle.Adopt(database);
            return new DuckDbDatabase(key, handle) { references = 0 };
        }
        finally
        {
            NativeMethods.DestroyConfig(ref config);
        }
    }
}
