using Analytics.Charts.Specs;
using Analytics.Charts.Theme;
using ScottPlot;
using Palette = Analytics.Charts.Theme.Palette;

namespace Analytics.Charts.Plotting;

/// <summary>
/// Stacked bars: positive values stack up from zero and negative ones down; in a 100 % stack each
/// segment is its share of the bar's positive total. Segments are labelled inside where the label
/// fits; each bar's total stands above it (not for 100 % stacks or bars with negative parts).
/// </summary>
internal static class StackedBarChartRenderer
{
    /// <summary>The chart's size in px at 1×.</summary>
    public static (int Width, int Height) Size(StackedBarChartSpec spec) => (spec.Width ?? 600, spec.Height ?? 360);

    public static ChartPlot Draw(StackedBarChartSpec spec)
    {
        var (width, height) = Size(spec);
        var stacks = Stacks(spec);
        if (!stacks.Any(s => s.Any(v => v != 0))) return EmptyChart.Draw(spec, width, height);

        var colors = Colors(spec);
        var legend = spec.Series.Select((s, i) => new LegendEntry(s.Name, colors[i])).ToList();
        var format = spec.Percent ? ValueFormat.Percent : spec.Format;
        var chart = new ChartPlot(spec, width, height, legend, spec.Percent || format.IsPercent ? null : format.Unit, [spec.Note]);
        var min = stacks.Min(s => s.Where(v => v < 0).Sum());
        var totals = spec.ShowTotals && !spec.Percent && min >= 0;
        var (low, high) = spec.Percent ? (0, 1) : Scales.FromZero(stacks.Select(s => s.Where(v => v > 0).Sum()).Append(min), totals ? CategoryAxes.LabelHeadroom(chart) : 0);
        var slot = CategoryAxes.Apply(chart, spec with { Format = format }, spec.Categories, low, high);
        var size = Math.Min(0.6, 56 / Math.Max(1, slot));

        var bars = new List<Bar>();
        for (var i = 0; i < stacks.Count; i++)
        {
            double up = 0, down = 0;
            for (var s = 0; s < spec.Series.Count; s++)
            {
                var v = stacks[i][s];
                if (v == 0) continue;
                var from = v > 0 ? up : down;
                var to = from + v;
                if (v > 0) up = to; else down = to;
                bars.Add(Marks.Bar(i, from, to, size, colors[s]));
                var style = ChartTheme.Text(color: Palette.TextOn(colors[s]));
                style.Alignment = Alignment.MiddleCenter;
                var text = format.FormatNumber((decimal)v);
                var (labelWidth, barHeight) = (TextFit.Width(text) + 4, Math.Abs(v) / (high - low) * (height - 110));
                if (labelWidth <= slot * size && barHeight >= TextFit.LineHeight())
                    chart.Labels.Add(new ChartLabel(text, new Coordinates(i, (from + to) / 2), style) { Required = true });
            }
            if (totals && up > 0)
            {
                var style = ChartTheme.Text(color: Palette.Text, bold: true);
                style.Alignment = Alignment.LowerCenter;
                chart.Labels.Add(new ChartLabel(format.FormatNumber((decimal)up), new Coordinates(i, up), style) { Offset = new PixelOffset(0, -3) });
            }
        }
        chart.Plot.Add.Bars(bars);
        Marks.Baseline(chart);
        return chart;
    }

    private static IReadOnlyList<string> Colors(StackedBarChartSpec spec)
    {
        var chosen = spec.Ordinal
            ? Palette.Sequential(spec.Series.Count)
            : (spec.Colors ?? MemberColors.Default).ColorsFor(spec.Series.Select(s => TextFit.Clean(s.Name)).ToList());
        return spec.Series.Select((s, i) => s.Color ?? chosen[i]).ToList();
    }

    /// <summary>Per category, the value of each series (0 where missing); shares of the positive total in a 100 % stack.</summary>
    private static List<double[]> Stacks(StackedBarChartSpec spec)
    {
        var stacks = new List<double[]>(spec.Categories.Count);
        for (var i = 0; i < spec.Categories.Count; i++)
        {
            var values = spec.Series.Select(s => SeriesColors.ValueAt(s, i) ?? 0).ToArray();
            if (spec.Percent)
            {
                var total = values.Where(v => v > 0).Sum();
                values = values.Select(v => v > 0 && total > 0 ? v / total : 0).ToArray();
            }
            stacks.Add(values);
        }
        return stacks;
    }
}
