using ScottPlot;

namespace Analytics.Charts.Plotting;

/// <summary>Marks in the theme: flat bars without outline, thin lines.</summary>
internal static class Marks
{
    /// <summary>A bar at <paramref name="position"/> from <paramref name="from"/> to <paramref name="to"/>, <paramref name="size"/> wide (in category units).</summary>
    public static Bar Bar(double position, double from, double to, double size, string color, bool horizontal = false) => new()
    {
        Position = position,
        ValueBase = from,
        Value = to,
        Size = size,
        FillColor = ChartTheme.ColorOf(color),
        LineWidth = 0,
        Orientation = horizontal ? Orientation.Horizontal : Orientation.Vertical,
    };

    /// <summary>Adds the bars and keeps labels clear of them.</summary>
    public static void AddBars(ChartPlot chart, IReadOnlyList<Bar> bars)
    {
        if (bars.Count == 0) return;
        chart.Plot.Add.Bars(bars.ToList());
        foreach (var bar in bars) chart.Labels.KeepClear(bar.Rect);
    }

    /// <summary>The line at zero across the data area.</summary>
    public static void Baseline(ChartPlot chart, bool vertical = false)
    {
        var color = ChartTheme.ColorOf(Theme.Palette.Axis);
        if (vertical) chart.Plot.Add.VerticalLine(0, 1, color);
        else chart.Plot.Add.HorizontalLine(0, 1, color);
    }
}
