using Analytics.Charts;

namespace Analytics.Core.Dashboards.Blocks.Charts;

/// <summary><c>model: target_progress</c>: one indicator's progress against the year's target, 全市 and each region (or one <c>region</c>).</summary>
internal sealed class TargetChartModel : IChartModel
{
    public static readonly IReadOnlyList<string> Indicators = ["新签约亿元以上项目数", "新开工亿元以上项目数", "实际到位资金(亿元)", "签约总投资(亿元)"];

    public string Name => "target_progress";

    public IReadOnlyList<string> Options { get; } = ["indicator", "region"];

    public ChartData Read(BlockContext context, BlockOptions options)
    {
        var indicator = options.Choice("indicator", Indicators);
        var region = context.Region(options);
        // Progress reads best sorted by completion (全市 first, the rest from the most complete down, then in the official order).
        var targets = context.Targets()
            .Where(t => t.Indicator == indicator && (region is null || t.Region == region))
            .OrderBy(t => t.Region == "全市" ? 0 : 1).ThenByDescending(t => t.Completion ?? double.MinValue).ThenBy(t => context.Metrics.RegionPosition(t.Region))
            .ToList();
        var format = ValueFormat.ForIndicator(indicator);
        var days = DateTime.IsLeapYear(context.AsOf.Year) ? 366m : 365m;
        return new ChartData($"{context.YearToDate}{region ?? "各地区"}{indicator.Replace("(亿元)", "", StringComparison.Ordinal)}目标完成情况",
            "地区", "region", targets.Select(t => t.Region).ToList(),
            [new DataSeries("完成", targets.Select(t => (decimal?)t.Actual).ToList(), targets.Select(t => (long?)t.Projects).ToList())], format)
        {
            Targets = targets.Select(t => t.Target).ToList(),
            Schedule = context.AsOf.DayOfYear / days,
        };
    }
}
