using Analytics.Charts.Specs;
using Analytics.Charts.Theme;
using ScottPlot;
using Palette = Analytics.Charts.Theme.Palette;

namespace Analytics.Charts.Plotting;

/// <summary>A chart without data: its frame and "暂无数据" in the middle.</summary>
internal static class EmptyChart
{
    public const string Text = "暂无数据";

    public static ChartPlot Draw(ChartSpec spec, int width, int height)
    {
        var chart = new ChartPlot(spec, width, height, [], null, [spec.Note]);
        ChartTheme.HideScales(chart.Plot);
        chart.Plot.Axes.SetLimits(-1, 1, -1, 1);
        var style = ChartTheme.Text(color: Palette.Faint);
        style.Alignment = Alignment.MiddleCenter;
        chart.Labels.Add(new ChartLabel(Text, new Coordinates(0, 0), style) { Required = true });
        return chart;
    }
}
