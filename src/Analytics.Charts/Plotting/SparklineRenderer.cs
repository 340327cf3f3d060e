using Analytics.Charts.Specs;
using Analytics.Charts.Theme;
using ScottPlot;
using Palette = Analytics.Charts.Theme.Palette;

namespace Analytics.Charts.Plotting;

/// <summary>A word-sized line: no axes, no title in the image, gaps where values are missing, the last point marked.</summary>
internal static class SparklineRenderer
{
    private const float Pad = 4;

    /// <summary>The chart's size in px at 1×.</summary>
    public static (int Width, int Height) Size(SparklineSpec spec) => (spec.Width ?? 120, spec.Height ?? 28);

    public static ChartPlot Draw(SparklineSpec spec)
    {
        var (width, height) = Size(spec);
        var chart = new ChartPlot(width, height);
        var plot = chart.Plot;
        ChartTheme.HideScales(plot);
        plot.Layout.Fixed(new PixelPadding(Pad));
        var values = spec.Values.Select(v => v is { } d ? (double?)d : null).ToList();
        var present = values.OfType<double>().ToList();
        if (present.Count == 0)
        {
            plot.Axes.SetLimits(-1, 1, -1, 1);
            var style = ChartTheme.Text(Math.Min(ChartTheme.TextSize, height - 2 * Pad), Palette.Faint);
            style.Alignment = Alignment.MiddleCenter;
            chart.Labels.Add(new ChartLabel(EmptyChart.Text, new Coordinates(0, 0), style) { Required = true });
            return chart;
        }
        double min = present.Min(), max = present.Max();
        if (max - min < 1e-12)
        {
            min -= 1;
            max += 1;
        }
        // A single value stands in the middle; the last point's dot keeps clear of the edges.
        var span = Math.Max(1, values.Count - 1);
        plot.Axes.SetLimits(values.Count == 1 ? -1 : -span * 0.02, span * 1.03, min - (max - min) * 0.15, max + (max - min) * 0.15);
        var color = ChartTheme.ColorOf(Palette.Primary);
        var run = new List<(double X, double Y)>();
        for (var i = 0; i <= values.Count; i++)
        {
            if (i < values.Count && values[i] is { } v)
            {
                run.Add((i, v));
                continue;
            }
            if (run.Count > 0)
            {
                var line = plot.Add.ScatterLine(run.Select(p => p.X).ToArray(), run.Select(p => p.Y).ToArray(), color);
                line.LineWidth = 1.5f;
            }
            run = [];
        }
        var last = values.FindLastIndex(v => v is not null);
        plot.Add.Marker(last, values[last]!.Value, MarkerShape.FilledCircle, 5, color);
        return chart;
    }
}
