using Analytics.Charts.Specs;

namespace Analytics.Charts.Plotting;

/// <summary>The ScottPlot renderer of each kind of spec.</summary>
internal static class ChartRenderers
{
    /// <summary>The size in px at 1× that <see cref="Draw"/> gives <paramref name="spec"/>, without drawing.</summary>
    public static (int Width, int Height) Size(ChartSpec spec) => spec switch
    {
        BarChartSpec s => BarChartRenderer.Size(s),
        RankingChartSpec s => RankingChartRenderer.Size(s),
        LineChartSpec s => LineChartRenderer.Size(s),
        StackedBarChartSpec s => StackedBarChartRenderer.Size(s),
        DonutChartSpec s => DonutChartRenderer.Size(s),
        FunnelChartSpec s => FunnelChartRenderer.Size(s),
        GaugeChartSpec s => GaugeChartRenderer.Size(s),
        SparklineSpec s => SparklineRenderer.Size(s),
        _ => throw new ArgumentException($"Unknown chart spec {spec.GetType().Name}.", nameof(spec)),
    };

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
