using Analytics.Core.Dashboards;
using Analytics.Core.Ingest.Store;
using Analytics.Core.Metrics;

namespace Analytics.Jobs;

/// <summary>
/// The digests the dashboards declare in their front matter, and their pages rendered for e-mail by the
/// dashboard renderer (as the page's audience sees it: a public digest carries only what the public page shows).
/// A page about one region is rendered for each recipient's region; any other page once for everyone.
/// </summary>
public sealed class DashboardDigestPages
{
    private readonly string dataRoot;
    private readonly PageLinks links;

    /// <param name="dataRoot">The data directory.</param>
    /// <param name="catalog">The dashboards (read once at start: a changed schedule takes a restart).</param>
    /// <param name="siteUrl">The site's public address, for links.</param>
    public DashboardDigestPages(string dataRoot, DashboardCatalog catalog, string siteUrl)
    {
        this.dataRoot = dataRoot;
        links = new PageLinks(siteUrl);
        Digests = catalog.Dashboards.SelectMany(page => page.Digests.Select(digest => new DigestDeclaration(page, digest))).ToList();
        Problems = catalog.Problems;
    }

    /// <summary>Dashboards whose front matter could not be read (name → error): their digests, if any, are not scheduled.</summary>
    public IReadOnlyDictionary<string, string> Problems { get; }

    /// <summary>Every declared digest, in dashboard order.</summary>
    public IReadOnlyList<DigestDeclaration> Digests { get; }

    /// <summary>
    /// The digest's page as of <paramref name="asOf"/> for each of <paramref name="regions"/> (null: no region), rendered
    /// from one data version for the whole batch; keyed by region, "" for none.
    /// </summary>
    public IReadOnlyDictionary<string, DigestPage> Render(DigestDeclaration digest, DateOnly asOf, IReadOnlyCollection<string?> regions)
    {
        var store = new DataStore(dataRoot);
        var version = store.CurrentId ?? throw new InvalidOperationException("尚无数据，无法生成简报 / no data yet: the digest cannot be built");
        using var connection = store.OpenCurrent();
        var metrics = new MetricsReader(connection, version);
        // A date the data does not cover fails the send (and shows on the status page) rather than mailing a refusal.
        metrics.CheckAsOf(asOf);
        var renderer = new DashboardRenderer(metrics, links);
        var page = digest.Page;
        var pages = new Dictionary<string, DigestPage>(StringComparer.Ordinal);
        DigestPage? shared = null;
        foreach (var region in regions.Distinct())
        {
            if (!page.NeedsRegion)
            {
                pages[region ?? ""] = shared ??= Render(renderer, digest, asOf, null);
                continue;
            }
            if (region is null)
                throw new InvalidOperationException($"{page.Name} 是地区页面，收件人须配置所属地区（Region）/ {page.Name} is a region page: the recipient needs a Region");
            pages[region] = Render(renderer, digest, asOf, region);
        }
        return pages;
    }

    private DigestPage Render(DashboardRenderer renderer, DigestDeclaration digest, DateOnly asOf, string? region)
    {
        var page = digest.Page;
        var rendered = renderer.Render(page, new PageRequest(asOf, page.DefaultPeriod, region, page.Audience, PageFlavor.Email));
        return new DigestPage(
            rendered.Title,
            digest.Definition.FormatSubject(rendered.Title, asOf, page.DefaultPeriod),
            rendered.Html,
            rendered.Text,
            rendered.DataVersion,
            rendered.Charts.Select(c => new DigestChart(c.ContentId, c.Spec)).ToList(),
            links.Page(page.Name, asOf, region));
    }
}
