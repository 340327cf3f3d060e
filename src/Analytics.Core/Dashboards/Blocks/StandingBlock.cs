using System.Text;
using Analytics.Core.Dashboards.Blocks.Charts;
using Analytics.Core.Dashboards.Figures;

namespace Analytics.Core.Dashboards.Blocks;

/// <summary>
/// Who leads and who lags (互看互比), in the words of a monthly bulletin: for each of <c>metrics</c> the first three
/// regions of the month and of the year to date and the last, then the regions with no signing of ≥ 50 亿元 (and of
/// ≥ 10 亿元) yet this year (尚未实现零的突破). Only figures the viewer may see are named. Options: <c>metrics</c>, <c>title</c>.
/// </summary>
internal sealed class StandingBlock : IBlock
{
    private static readonly string[] DefaultMetrics = ["signed_ge1", "signed_investment", "started_ge1", "funds_in_place"];

    public IReadOnlyList<string> Options { get; } = ["metrics", "title"];

    public BlockResult Render(BlockContext context, BlockOptions options)
    {
        options.Allow(Options);
        var names = options.Strings("metrics") is { Count: > 0 } listed ? listed : DefaultMetrics;
        var paragraphs = new List<string>();
        foreach (var name in names)
        {
            if (!BulletinBlock.Metrics.Contains(name)) throw new BlockException($"metrics 中的「{name}」无效，可用：{string.Join("、", BulletinBlock.Metrics)}");
            var metric = KpiMetric.Find(name)!;
            var rows = BulletinFigures.Read(context, metric).Where(r => r.Member != "全市").ToList();
            if (Sentence(metric, rows, context) is { } sentence) paragraphs.Add(sentence);
        }
        if (Breakthroughs(context) is { } breakthroughs) paragraphs.Add(breakthroughs);
        var html = context.Html();
        html.Open("div", "block narrative standing");
        var text = new StringBuilder();
        if (options.String("title") is { } title)
        {
            html.Element("p", "block-title", title);
            text.Append(title).Append('\n');
        }
        foreach (var paragraph in paragraphs)
        {
            html.Element("p", null, paragraph);
            text.Append("　　").Append(paragraph).Append('\n');
        }
        html.Close("div").Line();
        return new BlockResult(html.ToString(), text.ToString());
    }

    /// <summary>新签约亿元以上项目数：当月高新区（17个）、经开区（12个）、东湖区（9个）居前，青山县（4个）居后；累计经开区（137个）、……位居前三，青山县（48个）居末。</summary>
    private static string? Sentence(KpiMetric metric, List<BulletinFigures> rows, BlockContext context)
    {
        string Named(BulletinFigures r, decimal value) => $"{r.Member}（{FigureFormat.WithUnit(metric.Kind, value)}）";
        string? Part(Func<BulletinFigures, decimal?> value, string lead, string last)
        {
            var shown = rows.Where(r => value(r) is not null).OrderByDescending(r => value(r)).ThenBy(r => r.Member, StringComparer.Ordinal).ToList();
            if (shown.Count < 4) return null;
            var top = string.Join("、", shown.Take(3).Select(r => Named(r, value(r)!.Value)));
            return $"{top}{lead}，{Named(shown[^1], value(shown[^1])!.Value)}{last}";
        }
        if (context.Masked && rows.Any(r => r.Withheld(context.AsOf))) context.MarkSuppressed();
        var month = Part(r => r.Month, "居前", "居后");
        var year = Part(r => r.Year, "位居前三", "居末");
        if (month is null && year is null) return null;
        var parts = new List<string>();
        if (month is not null) parts.Add($"{PeriodPhrase.Of(Period.Month, context.AsOf)}{month}");
        if (year is not null) parts.Add($"{PeriodPhrase.YearToDate(context.AsOf)}累计{year}");
        return $"{metric.Label}：{string.Join("；", parts)}。";
    }

    /// <summary>截至2021年11月30日，临江县、青山县尚未实现50亿元以上项目签约零的突破；…</summary>
    private static string? Breakthroughs(BlockContext context)
    {
        var regions = context.Metrics.OfficialRegionOrder();
        var rows = (context.Masked ? Suppression.PublicFigures.At(context.Metrics, context.AsOf).KpiRows() : context.Metrics.ModelRows("kpis", context.AsOf))
            .Where(r => (string?)r["dimension"] == "region").ToDictionary(r => (string)r["member"]!);
        decimal? Value(string region, string column) => rows.TryGetValue(region, out var row) ? ModelValues.Number(row[column]) : null;
        List<string> Without(string column) => regions.Where(r => Value(r, column) == 0).ToList();
        var fifty = Without("signed_ge50");
        var ten = Without("signed_ge10");
        var date = PeriodPhrase.Date(context.AsOf);
        // A withheld count may be 0: then nothing is said of every region.
        if (fifty.Count == 0) return regions.All(r => Value(r, "signed_ge50") is not null) ? $"截至{date}，各地区均已签约50亿元以上项目。" : null;
        var text = $"截至{date}，{string.Join("、", fifty)}尚未实现50亿元以上项目签约零的突破";
        return text + (ten.Count > 0 ? $"；{string.Join("、", ten)}尚未实现10亿元以上项目签约零的突破。" : "。");
    }
}
