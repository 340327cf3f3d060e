using Analytics.Core.Dashboards;
using Microsoft.Extensions.Options;

namespace Analytics.Web.Pages;

/// <summary>
/// The dashboard files, loaded once and again whenever one of them changes (checked at most once a second), so an
/// edited page shows without a restart. <see cref="Stamp"/> changes with the files and is part of every cache key.
/// </summary>
public sealed class DashboardSource(IOptions<SiteOptions> options)
{
    private readonly string directory = options.Value.Dashboards ?? DashboardCatalog.DefaultDirectory;
    private readonly Lock gate = new();
    private (DashboardCatalog Catalog, string Stamp)? loaded;
    private long checkedAt;

    public string Directory => directory;

    public DashboardCatalog Catalog => Current().Catalog;

    public string Stamp => Current().Stamp;

    public Dashboard? Find(string name) => Catalog.Find(name);

    private (DashboardCatalog Catalog, string Stamp) Current()
    {
        var now = Environment.TickCount64;
        if (loaded is { } current && now - Interlocked.Read(ref checkedAt) < 1000) return current;
        lock (gate)
        {
            Interlocked.Exchange(ref checkedAt, now);
            var stamp = ReadStamp();
            if (loaded is { } same && same.Stamp == stamp) return same;
            var fresh = (DashboardCatalog.LoadEach(directory), stamp);
            loaded = fresh;
            return fresh;
        }
    }

    private string ReadStamp()
    {
        var files = new DirectoryInfo(directory).GetFiles("*.md").Where(f => !f.Name.Equals("README.md", StringComparison.OrdinalIgnoreCase));
        return string.Join('|', files.OrderBy(f => f.Name, StringComparer.Ordinal).Select(f => $"{f.Name}:{f.LastWriteTimeUtc.Ticks}:{f.Length}")).GetHashCode().ToString("x8");
    }
}
