using Analytics.Core.Dashboards.Figures;

namespace Analytics.Core.Dashboards.Blocks.Charts;

/// <summary>
/// <c>model: kpis</c>: one figure per member of a dimension (<c>by</c>, <c>metric</c>), this year's and with
/// <c>compare: previous</c> last year's; <c>signed_bands</c> / <c>started_bands</c> split the projects ≥ 1 亿元 by band.
/// </summary>
internal sealed class KpisChartModel : IChartModel
{
    private static readonly (string Name, string Column, string? Upper)[] Bands =
        [("1—10亿元", "ge1", "ge10"), ("10—20亿元", "ge10", "ge20"), ("20—50亿元", "ge20", "ge50"), ("50亿元以上", "ge50", null)];

    public string Name => "kpis";

    public IReadOnlyList<string> Options { get; } = ["by", "metric", "compare"];

    public ChartData Read(BlockContext context, BlockOptions options)
    {
        var by = ModelValues.Dimension(options);
        var metricName = options.Choice("metric", KpiMetric.Names.ToList());
        var compare = options.Choice("compare", ["previous", "none"], "none") == "previous";
        var rows = context.KpiRows().Where(r => (string?)r["dimension"] == by).ToList();
        var title = $"{context.FiguresPhrase}各{ModelValues.DimensionName(by)}";
        if (KpiMetric.BandMetrics.Contains(metricName))
        {
            var stage = metricName.Split('_')[0];
            rows = rows.OrderByDescending(r => ModelValues.Number(r[$"{stage}_ge1"])).ThenBy(r => (string)r["member"]!, StringComparer.Ordinal).ToList();
            var series = Bands.Select(b => Band(rows, stage, b)).ToList();
            return new ChartData(title + (stage == "signed" ? "新签约" : "新开工") + "亿元以上项目（按投资规模）", ModelValues.DimensionName(by), by,
                rows.Select(r => (string)r["member"]!).ToList(), series, ModelValues.Format(FigureKind.Count)) { Ordinal = true };
        }
        var metric = KpiMetric.Find(metricName)!;
        if (compare && metric.PreviousColumn is null) throw new BlockException($"指标 {metric.Name} 没有上年同期数，compare 只能为 none");
        rows = rows.OrderByDescending(r => ModelValues.Number(r[metric.Column]) ?? decimal.MinValue)
            .ThenBy(r => (string)r["member"]!, StringComparer.Ordinal).ToList();
        var list = new List<DataSeries>
        {
            new(ModelValues.Year(context.AsOf.Year), rows.Select(r => ModelValues.Number(r[metric.Column])).ToList(),
                rows.Select(r => ModelValues.Fewest(r, metric.Projects)).ToList()),
        };
        if (compare)
            list.Add(new(ModelValues.Year(context.AsOf.Year - 1), rows.Select(r => ModelValues.Number(r[metric.PreviousColumn!])).ToList(),
                rows.Select(r => ModelValues.Fewest(r, metric.PreviousProjects)).ToList()));
        return new ChartData(title + metric.Label, ModelValues.DimensionName(by), by, rows.Select(r => (string)r["member"]!).ToList(), list,
            ModelValues.Format(metric.Kind));
    }

    private static DataSeries Band(List<IReadOnlyDictionary<string, object?>> rows, string stage, (string Name, string Column, string? Upper) band)
    {
        // A band is the difference of two figures: withheld (0 projects) where either is.
        var values = rows.Select(r => ModelValues.Count(r[$"{stage}_{band.Column}"]) - (band.Upper is null ? 0 : ModelValues.Count(r[$"{stage}_{band.Upper}"]))).ToList();
        return new DataSeries(band.Name, values.Select(v => (decimal?)v).ToList(), values.Select(v => (long?)(v ?? 0)).ToList());
    }
}
