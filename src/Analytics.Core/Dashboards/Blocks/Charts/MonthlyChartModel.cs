using Analytics.Core.Dashboards.Figures;

namespace Analytics.Core.Dashboards.Blocks.Charts;

/// <summary>
/// <c>model: monthly</c>: a figure by month, January to the as-of month, this year against last (<c>metric</c>:
/// signed_ge1, signed_investment, started_ge1, funds; <c>cumulative</c>: running totals, the default; <c>region</c>).
/// </summary>
internal sealed class MonthlyChartModel : IChartModel
{
    private static readonly Dictionary<string, (string Label, FigureKind Kind, string Projects)> Metrics = new(StringComparer.Ordinal)
    {
        ["signed_ge1"] = ("新签约亿元以上项目数", FigureKind.Count, "signed_ge1"),
        ["signed_investment"] = ("签约总投资", FigureKind.Amount, "signed_count"),
        ["started_ge1"] = ("新开工亿元以上项目数", FigureKind.Count, "started_ge1"),
        ["funds"] = ("实际到位资金", FigureKind.Amount, "funds_projects"),
    };

    public string Name => "monthly";

    public IReadOnlyList<string> Options { get; } = ["metric", "cumulative", "region"];

    public ChartData Read(BlockContext context, BlockOptions options)
    {
        var metric = options.Choice("metric", Metrics.Keys);
        var cumulative = options.Bool("cumulative", true);
        var region = context.Region(options);
        var (label, kind, projects) = Metrics[metric];
        var suffix = cumulative ? "_cumulative" : "";
        var rows = context.MonthlyRows()
            .Where(r => (string?)r["dimension"] == (region is null ? "all" : "region") && (string?)r["member"] == (region ?? "全市"))
            .ToList();
        var months = Enumerable.Range(1, context.AsOf.Month).ToList();
        DataSeries Year(int year)
        {
            var byMonth = rows.Where(r => ModelValues.Count(r["year"]) == year).ToDictionary(r => ModelValues.Count(r["month"])!.Value);
            return new DataSeries(ModelValues.Year(year),
                months.Select(m => byMonth.TryGetValue(m, out var r) ? ModelValues.Number(r[metric + suffix]) : null).ToList(),
                months.Select(m => byMonth.TryGetValue(m, out var r) ? ModelValues.Count(r[projects + suffix]) ?? 0 : (long?)null).ToList());
        }
        var title = $"{context.YearToDate}{region ?? "全市"}{label}{(cumulative ? "（累计）" : "（按月）")}";
        return new ChartData(title, "月份", null, months.Select(m => $"{m}月").ToList(), [Year(context.AsOf.Year), Year(context.AsOf.Year - 1)],
            ModelValues.Format(kind));
    }
}
