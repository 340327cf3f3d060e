using Analytics.Charts.Specs;

namespace Analytics.Charts.Plotting;

/// <summary>The axes of vertical category charts: categories along the bottom, values up the left in the spec's format.</summary>
internal static class CategoryAxes
{
    /// <summary>Sets ticks and limits; returns the width of one category's slot in px at 1× (an estimate made before layout).</summary>
    public static float Apply(ChartPlot chart, ChartSpec spec, IReadOnlyList<string> categories, double low, double high)
    {
        var plot = chart.Plot;
        var tickWidth = Math.Max(TextFit.Width(Scales.Tick(spec.Format, high)), TextFit.Width(Scales.Tick(spec.Format, low)));
        var slot = (chart.Width - 2 * ChartTheme.Margin - tickWidth - 8) / Math.Max(1, categories.Count);
        Scales.Categories(plot.Axes.Bottom, categories, slot);
        plot.Axes.Left.TickGenerator = Scales.Ticks(spec.Format);
        plot.Axes.SetLimits(-0.5, categories.Count - 0.5, low, high);
        return slot;
    }

    /// <summary>The share of the value range a line of text takes, to leave room for value labels (an estimate).</summary>
    public static double LabelHeadroom(ChartPlot chart) =>
        (TextFit.LineHeight() + 4) / Math.Max(60, chart.Height - 110.0);
}
