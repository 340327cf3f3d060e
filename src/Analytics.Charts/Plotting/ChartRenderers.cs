using Analytics.Charts.Specs;

namespace Analytics.Charts.Plotting;

/// <summary>The ScottPlot renderer of each kind of spec.</summary>
internal static class ChartRenderers
{
    public static ChartPlot Draw(ChartSpec spec) => spec switch
    {
        BarChartSpec s => BarChartRenderer.Draw(s),
        RankingChartSpec s => RankingChartRenderer.Draw(s),
        LineChartSpec s => LineChartRenderer.Draw(s),
        StackedBarChartSpec s => StackedBarChartRenderer.Draw(s),
        DonutChartSpec s => DonutChartRenderer.Draw(s),
        FunnelChartSpec s => FunnelChartRenderer.Draw(s),
        GaugeChartSpec s => GaugeChartRenderer.Draw(s),
        SparklineSpec s => SparklineRenderer.Draw(s),
        _ => throw new ArgumentException($"Unknown chart spec {spec.GetType().Name}.", nameof(spec)),
    };
}
