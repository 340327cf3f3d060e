using Analytics.Core.Dashboards.Figures;
using Analytics.Core.Dashboards.Rendering;
using Analytics.Core.Dashboards.Suppression;
using Analytics.Core.Metrics;

namespace Analytics.Core.Dashboards.Blocks;

/// <summary>
/// What every block of one rendering shares: the page, the request, the data, the links, the disclosure rule for
/// the viewer, and whether anything was withheld. KPI reports are read once per region.
/// </summary>
internal sealed class BlockContext(Dashboard page, PageRequest request, MetricsReader metrics, PageLinks links)
{
    private readonly Dictionary<string, (DisclosedKpiReport Open, DisclosedKpiReport? Masked)> reports = new(StringComparer.Ordinal);
    private PublicFigures? publicFigures;

    public Dashboard Page => page;

    public PageRequest Request => request;

    public MetricsReader Metrics => metrics;

    public PageLinks Links => links;

    public DateOnly AsOf => request.AsOf;

    /// <summary>The viewer is the public: figures from fewer than 3 projects are withheld.</summary>
    public bool Masked => request.Viewer == Audience.Public;

    /// <summary>A page the public may read (or a public viewer): never a project name or an investor.</summary>
    public bool PublicPage => Masked || page.Audience == Audience.Public;

    /// <summary>The region a region page is about (blocks default to it); null on other pages.</summary>
    public string? PageRegion => page.NeedsRegion ? request.Region : null;

    public bool HasSuppressed { get; private set; }

    /// <summary>The flavor blocks write HTML for (the text of a Text request is written separately).</summary>
    public PageFlavor HtmlFlavor => request.Flavor == PageFlavor.Email ? PageFlavor.Email : PageFlavor.Web;

    /// <summary>The phrase of the year to date, e.g. 1—11月份.</summary>
    public string YearToDate => PeriodPhrase.YearToDate(request.AsOf);

    /// <summary>The period the KPI figures cover: the year to date, or under <c>?period=month</c> the as-of month (11月份).</summary>
    public string FiguresPhrase => PeriodPhrase.Figures(request);

    /// <summary>Under <c>?period=month</c> (after January), the end of the month before: KPI figures are the difference to it (<see cref="MonthFigures"/>).</summary>
    private DateOnly? MonthBefore => request.Period == Period.Month ? MonthFigures.MonthBefore(request.AsOf) : null;

    public HtmlBuilder Html() => new(HtmlFlavor);

    /// <summary>Records that a figure was withheld (the page gets its footnote).</summary>
    public void MarkSuppressed() => HasSuppressed = true;

    /// <summary>Whether a figure built from <paramref name="projects"/> projects is withheld from this viewer (null: not built from projects).</summary>
    public bool Hide(params long?[] projects)
    {
        if (!Masked || !projects.Any(p => p is { } n && Disclosure.Hidden(n))) return false;
        HasSuppressed = true;
        return true;
    }

    /// <summary>The region a block is about: its <c>region</c> option (<c>$region</c>: the request's; 全市: the city), else the page's.</summary>
    public string? Region(BlockOptions options)
    {
        var value = options.String("region");
        switch (value)
        {
            case null: return PageRegion;
            case "$region": return request.Region ?? throw new BlockException("本页需要选择地区（region）");
            case "全市" or "all": return null;
        }
        var regions = metrics.Members("region");
        return regions.Contains(value) ? value : throw new BlockException($"未知地区「{value}」，可用：{string.Join("、", regions)}");
    }

    /// <summary>The KPI report of a region (null: the city) as this viewer may see it, and unmasked.</summary>
    public (DisclosedKpiReport Open, DisclosedKpiReport? Masked) Kpis(string? region)
    {
        var key = region ?? "";
        if (!reports.TryGetValue(key, out var pair))
        {
            var open = Disclosure.Open(metrics.Kpis(request.AsOf, region));
            var masked = Masked ? Public.Kpis(region) : null;
            if (MonthBefore is { } before)
            {
                open = MonthFigures.Month(open, Disclosure.Open(metrics.Kpis(before, region)));
                if (masked is not null) masked = MonthFigures.Month(masked, PublicFigures.At(metrics, before).Kpis(region));
            }
            reports[key] = pair = (open, masked);
        }
        return pair;
    }

    /// <summary>The figures a public viewer may see at the request's date (a published date: see <see cref="PublishedDates"/>).</summary>
    private PublicFigures Public => publicFigures ??= PublicFigures.At(metrics, request.AsOf);

    /// <summary>The rows of the kpis model, withheld cells null for a public viewer; under <c>?period=month</c> the month's.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, object?>> KpiRows()
    {
        var rows = Masked ? Public.KpiRows() : metrics.ModelRows("kpis", AsOf);
        if (MonthBefore is not { } before) return rows;
        return MonthFigures.Month(rows, Masked ? PublicFigures.At(metrics, before).KpiRows() : metrics.ModelRows("kpis", before));
    }

    /// <summary>The rows of monthly_members, withheld months null for a public viewer.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, object?>> MonthlyRows() => Masked ? Public.MonthlyRows() : metrics.ModelRows("monthly_members", AsOf);

    /// <summary>The target progress at the date; a withheld actual has 0 projects for a public viewer.</summary>
    public IReadOnlyList<TargetFigure> Targets() => Masked ? Public.Targets() : metrics.Targets(AsOf);

    /// <summary>A ranking; for a public viewer withheld members come last, unranked, by name.</summary>
    public IReadOnlyList<RankingRow> Rankings(string by, string metric) => Masked ? Public.Rankings(by, metric) : metrics.Rankings(AsOf, by, metric);

    /// <summary>The figures inline expressions and KPI rows read, for a region (null: the city).</summary>
    public FigureScope Scope(string? region)
    {
        var (open, masked) = Kpis(region);
        return new FigureScope(page.Title, request, open, masked);
    }

    /// <summary>A region's name, linked to its page for an internal viewer.</summary>
    public void RegionName(HtmlBuilder html, string region)
    {
        if (Masked || region == "全市" || !metrics.Members("region").Contains(region)) html.Text(region);
        else html.Link(links.Region(region, request.AsOf), region);
    }
}
