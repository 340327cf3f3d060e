using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Analytics.Charts;
using Analytics.Charts.Specs;
using Analytics.Core.Ingest.Store;
using Analytics.Core.Metrics;
using Analytics.Jobs;

namespace DigestBenchmark;

/// <summary>
/// A region page of the size of the weekly briefing's digest: the region's headline figures and six charts, four
/// of them rankings of the regions with the reader's own region highlighted (one image per region) and two the
/// same for every region (rankings of industry chains and fund sources). Stands in for the dashboard renderer.
/// </summary>
internal sealed class RegionPages(string dataRoot, DigestDeclaration digest) : IDigestPages
{
    private static readonly (string Metric, string Title, ValueFormat Format)[] RegionRankings =
    [
        ("signed_count", "各地区新签约项目数", ValueFormat.Count("个")),
        ("signed_investment", "各地区新签约投资额", ValueFormat.Yi),
        ("started_count", "各地区新开工项目数", ValueFormat.Count("个")),
        ("funds_in_place", "各地区实际到位资金", ValueFormat.Yi),
    ];

    private long ticks;

    public IReadOnlyList<DigestDeclaration> Digests => [digest];

    /// <summary>Time spent reading metrics and writing the pages (not rasterising).</summary>
    public TimeSpan RenderTime => TimeSpan.FromTicks(Interlocked.Read(ref ticks));

    public IReadOnlyDictionary<string, DigestPage> Render(DigestDeclaration declared, DateOnly asOf, IReadOnlyCollection<string?> regions)
    {
        var clock = Stopwatch.StartNew();
        var store = new DataStore(dataRoot);
        using var connection = store.OpenCurrent();
        var metrics = new MetricsReader(connection, store.CurrentId!);
        var rankings = RegionRankings.ToDictionary(r => r.Metric, r => metrics.Rankings(asOf, "region", r.Metric));
        var chains = metrics.Rankings(asOf, "industry_chain", "signed_count");
        var sources = metrics.Rankings(asOf, "fund_source", "funds_in_place");
        var pages = regions.Distinct().ToDictionary(r => r ?? "", region =>
        {
            var kpis = metrics.Kpis(asOf, region);
            var charts = RegionRankings.Select((r, i) => new DigestChart($"chart-{i + 1}@digest", Ranking(r.Title, r.Format, rankings[r.Metric], region)))
                .Append(new DigestChart("chart-5@digest", Ranking("各产业链新签约项目数", ValueFormat.Count("个"), chains, null)))
                .Append(new DigestChart("chart-6@digest", Ranking("各资金来源实际到位资金", ValueFormat.Yi, sources, null)))
                .ToList();
            var lines = new[]
            {
                $"{kpis.PeriodStart:yyyy年M月d日}至{kpis.AsOf:M月d日}，{region ?? "全市"}新签约亿元以上项目{kpis.Signed.AtLeast["1"]}个，去年同期{kpis.Signed.Previous.AtLeast["1"]}个。",
                $"新开工亿元以上项目{kpis.Started.AtLeast["1"]}个；实际到位资金{Formats.Number(kpis.Funds.InPlace, 1)}亿元。",
            };
            var html = new StringBuilder();
            foreach (var line in lines) html.Append(CultureInfo.InvariantCulture, $"<p style=\"margin:0 0 10px 0\">{WebUtility.HtmlEncode(line)}</p>");
            foreach (var chart in charts) html.Append(CultureInfo.InvariantCulture, $"<img src=\"cid:{chart.ContentId}\" alt=\"{WebUtility.HtmlEncode(chart.Spec.Title)}\" width=\"600\" style=\"display:block;width:100%;max-width:600px\">");
            var text = string.Join("\n", lines) + "\n\n" + string.Join("\n\n", charts.Select(c => TableText(Chart.Table(c.Spec))));
            return new DigestPage(declared.Title, html.ToString(), text, store.CurrentId!, charts, $"http://127.0.0.1:5080/?as_of={asOf:yyyy-MM-dd}&region={Uri.EscapeDataString(region ?? "")}");
        });
        Interlocked.Add(ref ticks, clock.Elapsed.Ticks);
        return pages;
    }

    private static string TableText(Analytics.Charts.Tables.ChartTable table) =>
        table.Caption + "\n" + string.Join("\n", table.Rows.Select(row => "  " + string.Join(" ", row)));

    private static RankingChartSpec Ranking(string title, ValueFormat format, IReadOnlyList<RankingRow> rows, string? highlight) => new()
    {
        Title = title,
        Format = format,
        Items = rows.Where(r => r.Value is not null).Select(r => new RankingItem(r.Member, Math.Round((decimal)r.Value!.Value, 1))).ToList(),
        Highlight = highlight,
    };
}
