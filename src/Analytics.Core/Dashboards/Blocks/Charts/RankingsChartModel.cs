using Analytics.Core.Dashboards.Figures;
using Analytics.Core.Metrics;

namespace Analytics.Core.Dashboards.Blocks.Charts;

/// <summary><c>model: rankings</c>: a ranking (<c>by</c>, <c>metric</c>) in rank order; <c>compare: previous</c> adds last year's values.</summary>
internal sealed class RankingsChartModel : IChartModel
{
    public string Name => "rankings";

    public IReadOnlyList<string> Options { get; } = ["by", "metric", "compare"];

    public static string Label(string metric) => metric switch
    {
        "signed_count" => "新签约亿元以上项目数",
        "signed_investment" => "签约总投资",
        "started_count" => "新开工亿元以上项目数",
        "funds_in_place" => "实际到位资金",
        "target_completion" => "目标任务平均完成率",
        "funds_yoy" => "实际到位资金同比增长",
        _ => metric,
    };

    public static FigureKind Kind(string metric) => metric switch
    {
        "signed_count" or "started_count" => FigureKind.Count,
        "signed_investment" or "funds_in_place" => FigureKind.Amount,
        _ => FigureKind.Ratio,
    };

    public ChartData Read(BlockContext context, BlockOptions options)
    {
        var by = ModelValues.Dimension(options);
        var metric = options.Choice("metric", MetricsReader.RankingMetrics.ToList());
        var compare = options.Choice("compare", ["previous", "none"], "none") == "previous";
        var rows = Read(context, by, metric);
        var series = new List<DataSeries>
        {
            new(ModelValues.Year(context.AsOf.Year), rows.Select(r => ToDecimal(r.Value)).ToList(), rows.Select(r => r.Projects).ToList()),
        };
        if (compare)
            series.Add(new(ModelValues.Year(context.AsOf.Year - 1), rows.Select(r => ToDecimal(r.PreviousValue)).ToList(), rows.Select(r => r.PreviousProjects ?? 0).Cast<long?>().ToList()));
        return new ChartData($"{context.YearToDate}各{ModelValues.DimensionName(by)}{Label(metric)}排名", ModelValues.DimensionName(by), by,
            rows.Select(r => r.Member).ToList(), series, ModelValues.Format(Kind(metric)));
    }

    /// <summary>The ranking rows, a bad dimension or metric as a block error.</summary>
    public static IReadOnlyList<RankingRow> Read(BlockContext context, string by, string metric)
    {
        try
        {
            return context.Rankings(by, metric);
        }
        catch (MetricsException e)
        {
            throw new BlockException(e.Message.Split(" / ")[0]);
        }
    }

    private static decimal? ToDecimal(double? value) => value is { } v && !double.IsNaN(v) && !double.IsInfinity(v) ? (decimal)v : null;
}
