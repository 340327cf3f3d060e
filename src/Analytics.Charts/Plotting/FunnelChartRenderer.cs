using Analytics.Charts.Specs;
using Analytics.Charts.Theme;
using ScottPlot;
using Palette = Analytics.Charts.Theme.Palette;

namespace Analytics.Charts.Plotting;

/// <summary>
/// Stages as centred bars as wide as their values, darkest first; each count written inside its bar
/// (or beside it when it does not fit), the conversion from the stage before between the bars, and
/// the population the shares are taken of stated in the note.
/// </summary>
internal static class FunnelChartRenderer
{
    private const float RowHeight = 54;
    private const double BarSize = 0.62;

    /// <summary>The chart's size in px at 1×: as tall as its stages need unless set.</summary>
    public static (int Width, int Height) Size(FunnelChartSpec spec) =>
        (spec.Width ?? 600, spec.Height ?? RowChart.Height(Math.Max(spec.Stages.Count, 2), RowHeight, true));

    public static ChartPlot Draw(FunnelChartSpec spec)
    {
        var stages = spec.Stages.Select(s => (Name: TextFit.Clean(s.Name), s.Value)).ToList();
        var (width, height) = Size(spec);
        if (!stages.Any(s => s.Value > 0)) return EmptyChart.Draw(spec, width, height);

        var chart = new ChartPlot(spec, width, height, [], spec.Format.IsPercent ? null : spec.Format.Unit, [Population(spec, stages), spec.Note]);
        var plot = chart.Plot;
        var nameRoom = Math.Min(width * 0.25f, stages.Max(s => TextFit.Width(s.Name)));
        plot.Axes.Left.MinimumSize = nameRoom + 6 + ChartTheme.Margin;
        plot.Axes.Left.SetTicks(stages.Select((_, i) => RowChart.Position(i, stages.Count)).ToArray(),
            stages.Select(s => TextFit.Shorten(s.Name, nameRoom)).ToArray());
        plot.Axes.Bottom.IsVisible = false;
        plot.Grid.IsVisible = false;

        var max = (double)stages.Max(s => s.Value);
        var valueWidth = stages.Max(s => TextFit.Width(spec.Format.FormatNumber(s.Value), bold: true)) + 10;
        var plotWidth = width - 2 * ChartTheme.Margin - nameRoom - 6;
        var half = max / 2 * (1 + 2 * valueWidth / Math.Max(60, plotWidth - 2 * valueWidth));
        plot.Axes.SetLimits(-half, half, -0.5, stages.Count - 0.5);
        var colors = Palette.Sequential(stages.Count).Reverse().ToList();
        var bars = new List<Bar>();
        for (var i = 0; i < stages.Count; i++)
        {
            var y = RowChart.Position(i, stages.Count);
            var w = Math.Max(0, (double)stages[i].Value);
            bars.Add(Marks.Bar(y, -w / 2, w / 2, BarSize, colors[i], horizontal: true));
            if (i > 0) Connector(chart, stages[i - 1].Value, stages[i].Value, y);
            var text = spec.Format.FormatNumber(stages[i].Value);
            var inside = TextFit.Width(text, bold: true) + 8 <= w / (2 * half) * plotWidth;
            var style = ChartTheme.Text(color: inside ? Palette.TextOn(colors[i]) : Palette.Ink, bold: true);
            style.Alignment = inside ? Alignment.MiddleCenter : Alignment.MiddleLeft;
            chart.Labels.Add(inside
                ? new ChartLabel(text, new Coordinates(0, y), style) { Required = true }
                : new ChartLabel(text, new Coordinates(w / 2, y), style) { Offset = new PixelOffset(6, 0) });
        }
        plot.Add.Bars(bars);
        for (var i = 1; i < stages.Count; i++)
        {
            var style = ChartTheme.Text(color: Palette.Text);
            style.Alignment = Alignment.MiddleCenter;
            var rate = Rate(stages[i - 1].Value, stages[i].Value);
            chart.Labels.Add(new ChartLabel($"转化率 {rate}", new Coordinates(0, RowChart.Position(i, stages.Count) + 0.5), style));
        }
        return chart;
    }

    /// <summary>The light band joining a bar to the next, narrowing from one width to the other.</summary>
    private static void Connector(ChartPlot chart, decimal above, decimal below, double y)
    {
        double a = Math.Max(0, (double)above) / 2, b = Math.Max(0, (double)below) / 2;
        double top = y + 1 - BarSize / 2, bottom = y + BarSize / 2;
        var band = chart.Plot.Add.Polygon(new Coordinates[] { new(-a, top), new(a, top), new(b, bottom), new(-b, bottom) });
        band.FillColor = ChartTheme.ColorOf(Palette.Track);
        band.LineWidth = 0;
    }

    /// <summary>The conversion from one stage to the next, or "—" when the first is zero.</summary>
    private static string Rate(decimal from, decimal to) => from > 0 ? ValueFormat.Percent.FormatNumber(to / from) : "—";

    private static string Population(FunnelChartSpec spec, List<(string Name, decimal Value)> stages)
    {
        var first = stages[0];
        var last = stages[^1];
        var overall = stages.Count > 1 ? $"，至{last.Name}的总转化率为{Rate(first.Value, last.Value)}" : "";
        return $"注：以{first.Name}{spec.Format.Format(first.Value)}为基数{overall}；转化率为本阶段与上一阶段之比。";
    }
}
