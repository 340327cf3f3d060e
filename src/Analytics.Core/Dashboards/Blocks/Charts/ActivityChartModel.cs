using Analytics.Charts;

namespace Analytics.Core.Dashboards.Blocks.Charts;

/// <summary>
/// <c>model: activity_counts</c>: 招商活动 of the period by region and type (<c>by: region</c>, one series a type) or by
/// type against last year (<c>by: activity_type</c>); <c>region</c> keeps one region. Activities are not projects:
/// nothing is withheld.
/// </summary>
internal sealed class ActivityChartModel : IChartModel
{
    public string Name => "activity_counts";

    public IReadOnlyList<string> Options { get; } = ["by", "region"];

    public ChartData Read(BlockContext context, BlockOptions options)
    {
        var by = options.Choice("by", ["region", "activity_type"], "region");
        var region = context.Region(options);
        var rows = context.Metrics.ModelRows("activity_counts", context.AsOf).Where(r => region is null || (string?)r["region"] == region).ToList();
        var types = rows.Select(r => (string)r["activity_type"]!).Distinct().Order(StringComparer.Ordinal).ToList();
        var format = ValueFormat.Count("次");
        if (by == "activity_type")
        {
            DataSeries Year(string column, int year) => new(ModelValues.Year(year),
                types.Select(t => (decimal?)rows.Where(r => (string)r["activity_type"]! == t).Sum(r => ModelValues.Number(r[column]) ?? 0)).ToList(),
                types.Select(_ => (long?)null).ToList());
            return new ChartData($"{context.YearToDate}{region ?? "全市"}招商活动（按类型）", "活动类型", null, types,
                [Year("activities", context.AsOf.Year), Year("activities_prev", context.AsOf.Year - 1)], format);
        }
        var regions = context.Metrics.InRegionOrder(rows.Select(r => (string)r["region"]!).Distinct());
        var series = types.Select(t => new DataSeries(t,
            regions.Select(g => (decimal?)rows.Where(r => (string)r["region"]! == g && (string)r["activity_type"]! == t).Sum(r => ModelValues.Number(r["activities"]) ?? 0)).ToList(),
            regions.Select(_ => (long?)null).ToList())).ToList();
        return new ChartData($"{context.YearToDate}各地区招商活动", "地区", "region", regions, series, format);
    }
}
