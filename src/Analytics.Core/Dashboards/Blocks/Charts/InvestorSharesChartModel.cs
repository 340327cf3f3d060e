using Analytics.Core.Dashboards.Figures;

namespace Analytics.Core.Dashboards.Blocks.Charts;

/// <summary><c>model: investor_shares</c>: the period's signings by 投资主体性质 (<c>metric</c>: projects or investment).</summary>
internal sealed class InvestorSharesChartModel : IChartModel
{
    public string Name => "investor_shares";

    public IReadOnlyList<string> Options { get; } = ["metric"];

    public ChartData Read(BlockContext context, BlockOptions options)
    {
        var metric = options.Choice("metric", ["projects", "investment"], "projects");
        var rows = context.Metrics.ModelRows("investor_shares", context.AsOf);
        var kind = metric == "projects" ? FigureKind.Count : FigureKind.Amount;
        return new ChartData($"{context.YearToDate}新签约项目投资主体性质（{(metric == "projects" ? "项目数" : "签约总投资")}）", "投资主体性质", null,
            rows.Select(r => (string)r["investor_type"]!).ToList(),
            [new DataSeries(metric == "projects" ? "项目数" : "签约总投资", rows.Select(r => ModelValues.Number(r[metric])).ToList(),
                rows.Select(r => ModelValues.Count(r["projects"])).ToList())],
            ModelValues.Format(kind));
    }
}
