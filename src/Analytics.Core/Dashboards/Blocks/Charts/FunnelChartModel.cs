using Analytics.Core.Dashboards.Figures;

namespace Analytics.Core.Dashboards.Blocks.Charts;

/// <summary><c>model: funnel</c>: the projects of ≥ 1 亿元 signed in the period and how many of them started, entered the statistics and went into production (<c>region</c>).</summary>
internal sealed class FunnelChartModel : IChartModel
{
    private static readonly (string Name, string Column)[] Stages = [("签约", "signed"), ("开工", "started"), ("入统", "in_stats"), ("投产", "producing")];

    public string Name => "funnel";

    public IReadOnlyList<string> Options { get; } = ["region"];

    public ChartData Read(BlockContext context, BlockOptions options)
    {
        var region = context.Region(options);
        var row = context.Metrics.ModelRows("funnel", context.AsOf)
            .FirstOrDefault(r => (string?)r["dimension"] == (region is null ? "all" : "region") && (string?)r["member"] == (region ?? "全市"));
        var values = Stages.Select(s => row is null ? 0 : ModelValues.Count(row[s.Column]) ?? 0).ToList();
        return new ChartData($"{context.YearToDate}{region ?? "全市"}新签约亿元以上项目推进情况", "阶段", null, Stages.Select(s => s.Name).ToList(),
            [new DataSeries("项目数", values.Select(v => (decimal?)v).ToList(), values.Select(v => (long?)v).ToList())],
            ModelValues.Format(FigureKind.Count));
    }
}
