using Analytics.Charts;
using Analytics.Charts.Tables;
using Analytics.Core.Dashboards.Blocks.Charts;
using Analytics.Core.Dashboards.Figures;

namespace Analytics.Core.Dashboards.Blocks;

/// <summary>
/// The traffic-light table of target progress: each region (and indicator) with target, actual, completion, the
/// schedule, the gap to it in percentage points and the light as colour and word (红牌 ◆, 黄牌 ▲, 绿牌 ●), worst
/// first. Options: <c>indicator</c> (one of the four; all by default), <c>region</c> (one region's targets),
/// <c>show</c> (e.g. [red, yellow]), <c>city</c> (include 全市, default false), <c>title</c>.
/// </summary>
internal sealed class LightsBlock : IBlock
{
    private static readonly string[] Colors = ["red", "yellow", "green"];

    public IReadOnlyList<string> Options { get; } = ["indicator", "region", "show", "city", "title"];

    public BlockResult Render(BlockContext context, BlockOptions options)
    {
        options.Allow(Options);
        var indicator = options.String("indicator") is null ? null : options.Choice("indicator", TargetChartModel.Indicators);
        var region = context.Region(options);
        var show = options.Strings("show");
        foreach (var color in show.Where(c => !Colors.Contains(c))) throw new BlockException($"show 的值「{color}」无效，可用：red、yellow、green");
        var city = options.Bool("city", false);
        var targets = context.Targets()
            .Where(t => indicator is null || t.Indicator == indicator)
            .Where(t => region is null ? city || t.Region != "全市" : t.Region == region)
            .Select(t => Disclosure.Disclose(t, context.Masked))
            .ToList();
        if (targets.Any(t => t.Actual is null)) context.MarkSuppressed();
        if (show.Count > 0) targets = targets.Where(t => t.Light is { } l && show.Contains(l)).ToList();
        targets = targets.OrderBy(t => Lights.Order(t.Light)).ThenBy(t => t.Gap ?? double.MaxValue).ThenBy(t => context.Metrics.RegionPosition(t.Region)).ToList();
        var caption = options.String("title")
            ?? $"截至{PeriodPhrase.Date(context.AsOf)}{region ?? (show.Count > 0 ? "亮" + string.Join("、", show.Select(s => Lights.Word(s)[..1])) + "牌地区" : "各地区")}目标任务完成情况";
        // One region's table names the region in its caption; its rows are the indicators.
        var headers = new List<string>();
        if (region is null) headers.Add("地区");
        if (indicator is null) headers.Add("指标");
        // An e-mail is read on a phone: completion and the light only (the schedule is in the sentence above the table,
        // target, actual and gap on the page it links to).
        var html = context.Html();
        var compact = html.Email;
        headers.AddRange(compact ? ["完成率（%）", "亮牌"] : ["目标", "完成", "完成率（%）", "时序进度（%）", "差距（百分点）", "亮牌"]);
        var table = new ChartTable(caption, headers, targets.Select(t =>
        {
            var format = ValueFormat.ForIndicator(t.Indicator);
            var row = new List<string?>();
            if (region is null) row.Add(t.Region);
            if (indicator is null) row.Add(t.Indicator);
            var light = t.Light is { } l ? $"{Lights.Shape(l)} {Lights.Word(l)}" : null;
            if (compact) row.AddRange([Percent(t.Completion), light]);
            else
                row.AddRange([format.FormatBare(t.Target), t.Actual is { } a ? format.FormatBare(a) : null, Percent(t.Completion), Percent(t.Schedule),
                    t.Gap is { } g ? Signed(g) : null, light]);
            return (IReadOnlyList<string?>)row;
        }).ToList());
        html.Open("div", "block lights-block");
        if (targets.Count == 0) html.Element("p", "caption", caption).Element("p", "empty", show.Count > 0 ? "没有符合条件的地区。" : "没有目标任务。");
        else
        {
            DataTables.Html(html, context, table, "lights", region is null ? 0 : null, (r, c) => c != headers.Count - 1 ? null : targets[r].Light is { } l ? $"cell light light-{l}" : "cell");
            DataTables.CsvLink(html, context, options.Number);
        }
        html.Close("div").Line();
        return new BlockResult(html.ToString(), targets.Count == 0 ? caption + "\n没有符合条件的地区。\n" : DataTables.Text(table), Table: table);
    }

    private static string? Percent(double? fraction) => fraction is { } f ? ValueFormat.Percent.FormatBare((decimal)f) : null;

    private static string Signed(double gap)
    {
        return NumberStyle.Signed(ValueFormat.Percent.FormatBare((decimal)Math.Abs(gap)), (decimal)gap, "0.0");
    }
}
