using System.Collections.Concurrent;
using Analytics.Core.Ingest.Store;
using Analytics.Core.Metrics;
using DuckDB.NET.Data;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace Analytics.Web;

/// <summary>
/// The data versions the site reads. The current version is read from the store's pointer whenever it may have changed
/// (<see cref="CurrentVersionCache"/>), so a new version is seen at once; each version's database stays open
/// (read-only) while it is current, so a request's connection is cheap; when the version changes, every cached
/// response of the old one is evicted.
/// </summary>
public sealed class SiteData : IDisposable
{
    /// <summary>DuckDB's memory cap for the site's reads: the marts are small; the cap keeps the server's memory flat.</summary>
    private const string ReadMemoryLimit = "256MB";

    private readonly IOutputCacheStore cache;
    private readonly ConcurrentDictionary<string, DuckDBConnection> anchors = new(StringComparer.Ordinal);
    private readonly CurrentVersionCache current;
    private string? lastVersion;

    public SiteData(IOptions<SiteOptions> options, IOutputCacheStore cache)
    {
        this.cache = cache;
        Store = new DataStore(options.Value.Data);
        current = new CurrentVersionCache(Store, TimeSpan.FromSeconds(1));
    }

    public DataStore Store { get; }

    /// <summary>The cache tag of every response built from <paramref name="version"/>.</summary>
    public static string VersionTag(string version) => "data:" + version;

    /// <summary>The current version's id, or null before the first import.</summary>
    public string? CurrentVersion()
    {
        var (id, changed) = current.Current();
        if (changed && Interlocked.Exchange(ref lastVersion, id) is { } old && old != id) Retire(old);
        return id;
    }

    /// <summary>A connection to <paramref name="version"/> and a metrics reader on it; dispose when the request is done.</summary>
    public DataLease Open(string version)
    {
        var path = Store.DatabasePath(version);
        if (!File.Exists(path)) throw new FileNotFoundException($"数据版本 {version} 已不存在 / data version {version} is gone", path);
        var connectionString = DuckDbEngine.ReadOnly(path, ReadMemoryLimit);
        // The anchor keeps the database open between requests; each request has its own connection to it.
        anchors.GetOrAdd(version, _ =>
        {
            var anchor = new DuckDBConnection(connectionString);
            anchor.Open();
            return anchor;
        });
        var connection = new DuckDBConnection(connectionString);
        connection.Open();
        return new DataLease(version, connection, new MetricsReader(connection, version));
    }

    private void Retire(string version)
    {
        _ = cache.EvictByTagAsync(VersionTag(version), CancellationToken.None).AsTask();
        if (anchors.TryRemove(version, out var anchor)) anchor.Dispose(); // requests still reading hold their own connection
    }

    public void Dispose()
    {
        current.Dispose();
        foreach (var anchor in anchors.Values) anchor.Dispose();
        anchors.Clear();
    }
}

/// <summary>One request's view of one data version.</summary>
public sealed class DataLease(string version, DuckDBConnection connection, MetricsReader metrics) : IDisposable
{
    public string Version => version;

    public DuckDBConnection Connection => connection;

    public MetricsReader Metrics => metrics;

    public void Dispose() => connection.Dispose();
}
