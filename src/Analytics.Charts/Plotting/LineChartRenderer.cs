using Analytics.Charts.Specs;
using Analytics.Charts.Theme;
using ScottPlot;
using Palette = Analytics.Charts.Theme.Palette;

namespace Analytics.Charts.Plotting;

/// <summary>
/// Lines over months: this year strong with the area under it shaded, other series thinner and
/// lighter, a dashed target labelled at its right end inside the data area (clear of the ticks),
/// and each series' last value written beside its last point.
/// </summary>
internal static class LineChartRenderer
{
    /// <summary>The chart's size in px at 1×.</summary>
    public static (int Width, int Height) Size(LineChartSpec spec) => (spec.Width ?? 600, spec.Height ?? 360);

    public static ChartPlot Draw(LineChartSpec spec)
    {
        var (width, height) = Size(spec);
        var points = spec.Series.Select(s => Enumerable.Range(0, spec.Categories.Count).Select(i => SeriesColors.ValueAt(s, i)).ToList()).ToList();
        var all = points.SelectMany(p => p).OfType<double>().ToList();
        if (all.Count == 0 || spec.Categories.Count == 0) return EmptyChart.Draw(spec, width, height);

        var colors = spec.Series.Select((s, i) => s.Color ?? (i == 0 ? Palette.Primary : Palette.Comparison)).ToList();
        var legend = spec.Series.Select((s, i) => new LegendEntry(s.Name, colors[i], LegendMark.Line)).ToList();
        var targetLabel = TextFit.Clean(spec.TargetLabel);
        if (spec.Target is not null) legend.Add(new LegendEntry(targetLabel, Palette.Target, LegendMark.Dashed));
        var chart = new ChartPlot(spec, width, height, legend.Count > 1 ? legend : [], spec.Format.IsPercent ? null : spec.Format.Unit, [spec.Note]);
        var plot = chart.Plot;
        var scale = all.Concat(spec.Target is { } t ? [(double)t] : []).ToList();
        var (low, high) = Scales.FromZero(scale, CategoryAxes.LabelHeadroom(chart));
        CategoryAxes.Apply(chart, spec, spec.Categories, low, high);

        for (var s = points.Count - 1; s >= 0; s--) DrawSeries(chart, points[s], colors[s], strong: s == 0, area: s == 0 && spec.Area);
        for (var s = 0; s < points.Count; s++) EndLabel(chart, spec, points[s], colors[s]);
        // The target's label yields to the values: it is placed after them, at the right end if free, else at the left.
        if (spec.Target is { } target)
        {
            plot.Add.HorizontalLine((double)target, 1.5f, ChartTheme.ColorOf(Palette.Target), LinePattern.Dashed);
            chart.Labels.KeepClear(new CoordinateLine(-0.5, (double)target, spec.Categories.Count - 0.5, (double)target), soft: true);
            var style = ChartTheme.Text(color: Palette.Target);
            style.Alignment = Alignment.LowerRight;
            chart.Labels.Add(new ChartLabel($"{targetLabel} {spec.Format.FormatNumber(target)}", new Coordinates(spec.Categories.Count - 0.5, (double)target), style)
            {
                Offset = new PixelOffset(-2, -3),
                Fallbacks = [new LabelPlace(Alignment.UpperRight, new PixelOffset(-2, 3)), new LabelPlace(Alignment.LowerLeft, new PixelOffset(2, -3), new Coordinates(-0.5, (double)target)), new LabelPlace(Alignment.UpperLeft, new PixelOffset(2, 3), new Coordinates(-0.5, (double)target))],
            });
        }
        return chart;
    }

    private static void DrawSeries(ChartPlot chart, List<double?> values, string hex, bool strong, bool area)
    {
        var color = ChartTheme.ColorOf(hex);
        foreach (var run in Runs(values))
        {
            var scatter = chart.Plot.Add.Scatter(run.Select(p => (double)p.Index).ToArray(), run.Select(p => p.Value).ToArray(), color);
            scatter.LineWidth = strong ? 2.5f : 1.5f;
            scatter.MarkerSize = strong ? 6 : 5;
            scatter.MarkerShape = strong || run.Count == 1 ? MarkerShape.FilledCircle : MarkerShape.OpenCircle;
            scatter.MarkerLineWidth = 1.5f;
            for (var i = 0; i < run.Count; i++)
                chart.Labels.KeepClear(new CoordinateLine(run[i].Index, run[i].Value, run[Math.Min(i + 1, run.Count - 1)].Index, run[Math.Min(i + 1, run.Count - 1)].Value));
            if (area && run.Count > 1)
            {
                scatter.FillY = true;
                scatter.FillYColor = color.WithAlpha(0.12);
            }
        }
    }

    private static void EndLabel(ChartPlot chart, LineChartSpec spec, List<double?> values, string hex)
    {
        var last = values.FindLastIndex(v => v is not null);
        if (last < 0) return;
        var value = values[last]!.Value;
        var style = ChartTheme.Text(color: hex == Palette.Primary ? Palette.Primary : Palette.Text);
        style.Alignment = Alignment.LowerRight;
        chart.Labels.Add(new ChartLabel(spec.Format.FormatNumber((decimal)value), new Coordinates(last, value), style)
        {
            Offset = new PixelOffset(-6, -6),
            Fallbacks =
            [
                new LabelPlace(Alignment.MiddleLeft, new PixelOffset(8, 0)), new LabelPlace(Alignment.LowerLeft, new PixelOffset(6, -6)),
                new LabelPlace(Alignment.UpperLeft, new PixelOffset(6, 6)), new LabelPlace(Alignment.UpperRight, new PixelOffset(-6, 6)), new LabelPlace(Alignment.LowerCenter, new PixelOffset(0, -8)),
            ],
        });
    }

    /// <summary>Unbroken runs of values: a null month ends a line.</summary>
    private static List<List<(int Index, double Value)>> Runs(List<double?> values)
    {
        var runs = new List<List<(int, double)>>();
        List<(int, double)>? run = null;
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is not { } v)
            {
                run = null;
                continue;
            }
            if (run is null) runs.Add(run = []);
            run.Add((i, v));
        }
        return runs;
    }
}
