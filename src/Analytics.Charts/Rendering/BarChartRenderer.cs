using Analytics.Charts.Layout;
using Analytics.Charts.Specs;
using Analytics.Charts.Svg;
using Analytics.Charts.Text;
using Analytics.Charts.Theme;

namespace Analytics.Charts.Rendering;

/// <summary>Draws a <see cref="BarChartSpec"/>: grouped vertical bars with value labels where they fit.</summary>
internal static class BarChartRenderer
{
    private const double MaxBarWidth = 56;

    public static string Render(BarChartSpec spec)
    {
        var width = spec.Width ?? 600;
        var height = spec.Height ?? 360;
        var categories = spec.Categories.Select(TextFit.Clean).ToList();
        var colors = SeriesColors.For(spec.Series, spec.Colors);
        var legend = spec.Series.Count > 1
            ? spec.Series.Select((s, i) => new LegendItem(s.Name, colors[i])).ToList()
            : [];
        var frame = Frame.Measure(spec, width, legend, Frame.UnitText(spec.Format));
        var values = Values(spec, categories.Count).ToList();
        var w = frame.Open(height, spec.Description ?? Describe(spec, categories, values));
        if (values.Count == 0)
        {
            frame.DrawEmpty(w);
            return w.Finish();
        }

        var valueStyle = Frame.SmallStyle;
        var min = values.Min(v => v.Value);
        var reserve = spec.ShowValues ? valueStyle.BoxHeight + 3 : 0;
        var plot = CategoryPlot.Create(frame.Content, categories, min, values.Max(v => v.Value), spec.Format,
            reserve, min < 0 ? reserve : 0);
        plot.DrawGrid(w);
        var bars = LayOutBars(plot, spec.Series.Count, values);
        foreach (var bar in bars)
            if (bar.Box.Height > 0) w.Rect(bar.Box, colors[bar.Series]);
        plot.DrawAxis(w);
        if (spec.ShowValues)
        {
            var bounds = Rect.FromEdges(plot.Plot.X - 2, frame.Content.Y, plot.Plot.Right + 2,
                plot.Plot.Bottom + (min < 0 ? reserve : 0));
            ValueLabels.Draw(w, bounds, bars, spec.Format);
        }
        return w.Finish();
    }

    private static IEnumerable<(int Category, int Series, double Value)> Values(BarChartSpec spec, int categories)
    {
        for (var i = 0; i < categories; i++)
            for (var s = 0; s < spec.Series.Count; s++)
                if (SeriesColors.ValueAt(spec.Series[s], i) is { } v)
                    yield return (i, s, v);
    }

    private static List<BarMark> LayOutBars(CategoryPlot plot, int seriesCount,
        List<(int Category, int Series, double Value)> values)
    {
        var slot = plot.Slot;
        var gap = seriesCount > 1 ? Math.Min(3, slot * 0.04) : 0;
        var group = Math.Min(slot * 0.7, seriesCount * MaxBarWidth + (seriesCount - 1) * gap);
        var barWidth = Math.Max(0.5, (group - gap * (seriesCount - 1)) / seriesCount);
        var zero = plot.Y(0);
        var bars = new List<BarMark>(values.Count);
        foreach (var (category, series, value) in values)
        {
            var x = plot.X(category) - group / 2 + series * (barWidth + gap);
            var y = plot.Y(value);
            // A value other than zero keeps at least one pixel, so it is never mistaken for none.
            if (value != 0 && Math.Abs(y - zero) < 1) y = zero + (value > 0 ? -1 : 1);
            bars.Add(new BarMark(Rect.FromEdges(x, Math.Min(y, zero), x + barWidth, Math.Max(y, zero)), series, value));
        }
        return bars;
    }

    private static string Describe(BarChartSpec spec, List<string> categories, List<(int Category, int Series, double Value)> values)
    {
        if (values.Count == 0) return "柱状图，暂无数据。";
        var top = values.OrderByDescending(v => v.Value).ThenBy(v => v.Category).First();
        var series = spec.Series.Count > 1
            ? $"，{spec.Series.Count}个系列（{string.Join("、", spec.Series.Select(s => TextFit.Clean(s.Name)))}）"
            : "";
        return $"柱状图，{categories.Count}个类别{series}。最大值：{categories[top.Category]} {spec.Format.Format((decimal)top.Value)}。";
    }
}
