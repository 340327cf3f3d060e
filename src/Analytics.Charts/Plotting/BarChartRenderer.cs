using Analytics.Charts.Specs;
using Analytics.Charts.Theme;
using ScottPlot;
using Palette = Analytics.Charts.Theme.Palette;

namespace Analytics.Charts.Plotting;

/// <summary>Vertical bars, a group per category: this year beside last year, values above the bars where they fit.</summary>
internal static class BarChartRenderer
{
    /// <summary>The chart's size in px at 1×.</summary>
    public static (int Width, int Height) Size(BarChartSpec spec) => (spec.Width ?? 600, spec.Height ?? 360);

    public static ChartPlot Draw(BarChartSpec spec)
    {
        var (width, height) = Size(spec);
        var values = Values(spec);
        if (values.Count == 0) return EmptyChart.Draw(spec, width, height);

        var colors = SeriesColors.For(spec.Series, spec.Colors);
        var legend = spec.Series.Count > 1 ? spec.Series.Select((s, i) => new LegendEntry(s.Name, colors[i])).ToList() : [];
        var chart = new ChartPlot(spec, width, height, legend, spec.Format.IsPercent ? null : spec.Format.Unit, [spec.Note]);
        var (low, high) = Scales.FromZero(values.Select(v => v.Value), spec.ShowValues ? CategoryAxes.LabelHeadroom(chart) : 0);
        var slot = CategoryAxes.Apply(chart, spec, spec.Categories, low, high);

        const double group = 0.8;
        var size = group / spec.Series.Count;
        var bars = values.Select(v => Marks.Bar(v.Category - group / 2 + (v.Series + 0.5) * size, 0, v.Value, size * 0.92, colors[v.Series])).ToList();
        Marks.AddBars(chart, bars);
        Marks.Baseline(chart);
        if (spec.ShowValues && slot * size >= 14)
        {
            foreach (var (category, series, value) in values)
            {
                var style = ChartTheme.Text(color: Palette.Text);
                style.Alignment = value >= 0 ? Alignment.LowerCenter : Alignment.UpperCenter;
                chart.Labels.Add(new ChartLabel(spec.Format.FormatNumber((decimal)value),
                    new Coordinates(category - group / 2 + (series + 0.5) * size, value), style)
                { Offset = new PixelOffset(0, value >= 0 ? -3 : 3) });
            }
        }
        return chart;
    }

    private static List<(int Category, int Series, double Value)> Values(BarChartSpec spec) =>
        (from s in Enumerable.Range(0, spec.Series.Count)
         from c in Enumerable.Range(0, spec.Categories.Count)
         let v = SeriesColors.ValueAt(spec.Series[s], c)
         where v is not null
         select (c, s, v!.Value)).ToList();
}
