using System.Globalization;
using System.Net;
using System.Text;
using Analytics.Charts;
using Analytics.Charts.Specs;
using Analytics.Core.Digests;
using Analytics.Core.Ingest.Store;
using Analytics.Core.Metrics;

namespace Analytics.Jobs;

/// <summary>
/// Digests declared in configuration (<c>Digests:Schedules:NAME</c>: Title, Cron, TimeZone, Recipients,
/// AsOf, Subject, Internal), whose page is the headline figures of the current data version (for the
/// recipient's region, or the whole jurisdiction) and a ranking of regions by projects signed. Their
/// dashboard is <c>headline</c>; dashboards with digests in their front matter take over this role.
/// </summary>
public sealed class HeadlineDigestPages(string dataRoot, string siteUrl, IReadOnlyList<DigestDeclaration> digests) : IDigestPages
{
    public const string Dashboard = "headline";

    public IReadOnlyList<DigestDeclaration> Digests => digests;

    /// <summary>The digests of <c>Digests:Schedules</c>.</summary>
    public static HeadlineDigestPages FromConfiguration(IConfiguration configuration, JobsSettings settings)
    {
        var digests = configuration.GetSection("Digests:Schedules").GetChildren().Select(section => new DigestDeclaration(
            Dashboard,
            section.Key,
            section["Title"] ?? "招商引资主要指标",
            bool.TryParse(section["Internal"], out var isInternal) && isInternal,
            section["Cron"] ?? throw new DigestConfigurationException($"Digests:Schedules:{section.Key}:Cron 未配置", $"Digests:Schedules:{section.Key}:Cron is missing"),
            section["TimeZone"],
            section.GetSection("Recipients").GetChildren().Select(c => c.Value!).Where(v => v is not null)
                .Concat(section["Recipients"] is { } flat ? flat.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [])
                .ToList(),
            section["AsOf"] ?? AsOfRule.LastSunday.Name,
            section["Subject"] ?? "")).ToList();
        return new HeadlineDigestPages(settings.DataRoot, settings.SiteUrl, digests);
    }

    public IReadOnlyDictionary<string, DigestPage> Render(DigestDeclaration digest, DateOnly asOf, IReadOnlyCollection<string?> regions)
    {
        var store = new DataStore(dataRoot);
        var version = store.CurrentId ?? throw new InvalidOperationException("尚无数据，无法生成简报 / no data yet: the digest cannot be built");
        using var connection = store.OpenCurrent();
        var metrics = new MetricsReader(connection, version);
        var ranking = metrics.Rankings(asOf, "region", "signed_count");
        return regions.Distinct().ToDictionary(r => r ?? "", r => Page(digest, metrics.Kpis(asOf, r), ranking, r, version));
    }

    private DigestPage Page(DigestDeclaration digest, KpiReport kpis, IReadOnlyList<RankingRow> ranking, string? region, string version)
    {
        var place = region ?? "全市";
        var period = $"{kpis.PeriodStart:yyyy年M月d日}至{kpis.AsOf:M月d日}";
        string Change(long now, long before) => now >= before ? $"较去年同期增加{now - before}个" : $"较去年同期减少{before - now}个";
        string Yoy(double? yoy) => yoy is { } y ? (y >= 0 ? $"同比增长{y * 100:0.0}%" : $"同比下降{-y * 100:0.0}%") : "去年同期无数据";
        var lines = new[]
        {
            $"{period}，{place}新签约亿元以上项目{kpis.Signed.AtLeast["1"]}个，{Change(kpis.Signed.AtLeast["1"], kpis.Signed.Previous.AtLeast["1"])}。",
            $"新开工亿元以上项目{kpis.Started.AtLeast["1"]}个，{Change(kpis.Started.AtLeast["1"], kpis.Started.Previous.AtLeast["1"])}。",
            $"实际到位资金{Formats.Number(kpis.Funds.InPlace, 1)}亿元，{Yoy(kpis.Funds.Yoy)}。",
        };
        var items = ranking.Where(r => r.Value is not null).Select(r => new RankingItem(r.Member, (decimal)r.Value!.Value)).ToList();
        var chart = new RankingChartSpec
        {
            Title = "各地区新签约项目数",
            Format = ValueFormat.Count("个"),
            Items = items,
            Highlight = region,
        };
        var html = new StringBuilder();
        foreach (var line in lines) html.Append(CultureInfo.InvariantCulture, $"<p style=\"margin:0 0 10px 0\">{WebUtility.HtmlEncode(line)}</p>\n");
        html.Append("<img src=\"cid:chart-1@digest\" alt=\"各地区新签约项目数\" width=\"600\" style=\"display:block;width:100%;max-width:600px;height:auto\">\n");
        var text = new StringBuilder();
        foreach (var line in lines) text.AppendLine(line);
        text.AppendLine();
        text.AppendLine("各地区新签约项目数：");
        foreach (var row in ranking.Where(r => r.Value is not null))
            text.AppendLine(CultureInfo.InvariantCulture, $"  {row.Rank}. {row.Member} {row.Value:0}个");
        var link = $"{siteUrl}/?as_of={kpis.AsOf:yyyy-MM-dd}" + (region is null ? "" : "&region=" + Uri.EscapeDataString(region));
        return new DigestPage(digest.Title, html.ToString(), text.ToString(), version, [new DigestChart("chart-1@digest", chart)], link);
    }
}
