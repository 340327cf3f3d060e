using Analytics.Charts.Specs;
using Analytics.Charts.Theme;
using ScottPlot;
using Palette = Analytics.Charts.Theme.Palette;

namespace Analytics.Charts.Plotting;

/// <summary>
/// Target progress as a bullet chart, one row per member: a track to 100 %, the completion bar in
/// the colour of its light, the schedule (时序进度) as a dashed marker across all rows, and at the
/// right the completion and the light as shape and word (● 绿牌, ▲ 黄牌, ◆ 红牌).
/// </summary>
internal static class GaugeChartRenderer
{
    private const float RowHeight = 30;
    private const float ColumnGap = 8;

    /// <summary>The chart's size in px at 1×: as tall as its rows need unless set.</summary>
    public static (int Width, int Height) Size(GaugeChartSpec spec) =>
        (spec.Width ?? 600, spec.Height ?? RowChart.Height(Math.Max(spec.Rows.Count, 1), RowHeight, spec.Note is not null, extra: RowHeight));

    public static ChartPlot Draw(GaugeChartSpec spec)
    {
        var rows = spec.Rows.Select(r => r with { Name = TextFit.Clean(r.Name) }).ToList();
        var (width, height) = Size(spec);
        if (rows.Count == 0) return EmptyChart.Draw(spec, width, height);

        var chart = new ChartPlot(spec, width, height, [], null, [spec.Note]);
        var plot = chart.Plot;
        var nameRoom = Math.Min(width * 0.25f, rows.Max(r => TextFit.Width(r.Name)));
        var percents = rows.Select(r => r.Completion is { } c ? ValueFormat.Percent.FormatNumber(c) : "—").ToList();
        var percentWidth = percents.Max(p => TextFit.Width(p, bold: true));
        var lightWidth = TextFit.Width("◆ 无目标");
        plot.Axes.Left.MinimumSize = ChartTheme.Margin + nameRoom + 6;
        plot.Axes.Right.MinimumSize = ColumnGap + percentWidth + ColumnGap + lightWidth + ChartTheme.Margin;
        plot.Axes.Left.SetTicks(rows.Select((_, i) => RowChart.Position(i, rows.Count)).ToArray(),
            rows.Select(r => TextFit.Shorten(r.Name, nameRoom)).ToArray());
        plot.Axes.Bottom.IsVisible = false;
        plot.Grid.IsVisible = false;
        var end = Math.Max(1.0, (double)rows.Max(r => r.Completion ?? 0));
        end = Math.Min(end, 1.5);
        // One row's height above the rows holds the schedule's label.
        plot.Axes.SetLimits(0, end, -0.5, rows.Count + 0.4);

        var bars = new List<Bar>();
        var lightX = width - ChartTheme.Margin - lightWidth;
        for (var i = 0; i < rows.Count; i++)
        {
            var y = RowChart.Position(i, rows.Count);
            var light = TrafficLights.Classify(rows[i].Completion, spec.Schedule);
            bars.Add(Marks.Bar(y, 0, 1, 0.5, Palette.Track, horizontal: true));
            if (rows[i].Completion is { } c && c > 0)
                bars.Add(Marks.Bar(y, 0, Math.Min((double)c, end), 0.5, Palette.Of(light), horizontal: true));
            var percent = ChartTheme.Text(color: Palette.Ink, bold: true);
            percent.Alignment = Alignment.MiddleRight;
            chart.Labels.Add(new ChartLabel(percents[i], new Coordinates(0, y), percent) { FigureX = lightX - ColumnGap, Required = true });
            var word = ChartTheme.Text(color: light == TrafficLight.None ? Palette.Faint : Palette.Of(light));
            word.Alignment = Alignment.MiddleLeft;
            chart.Labels.Add(new ChartLabel(Shape(light) + TrafficLights.Label(light), new Coordinates(0, y), word) { FigureX = lightX, Required = true });
        }
        plot.Add.Bars(bars);
        var schedule = (double)Math.Clamp(spec.Schedule, 0, (decimal)end);
        var marker = plot.Add.VerticalLine(schedule, 1.2f, ChartTheme.ColorOf(Palette.Ink), LinePattern.Dashed);
        marker.Maximum = rows.Count - 0.3;
        var label = ChartTheme.Text(color: Palette.Muted);
        label.Alignment = Alignment.LowerCenter;
        chart.Labels.Add(new ChartLabel($"时序进度 {ValueFormat.Percent.FormatNumber(spec.Schedule)}", new Coordinates(schedule, rows.Count - 0.3), label)
        {
            Offset = new PixelOffset(0, -1),
            Fallbacks = [new LabelPlace(Alignment.LowerRight, new PixelOffset(0, -1)), new LabelPlace(Alignment.LowerLeft, new PixelOffset(0, -1))],
        });
        return chart;
    }

    /// <summary>The shape that carries the light besides its colour.</summary>
    private static string Shape(TrafficLight light) => light switch
    {
        TrafficLight.Green => "● ",
        TrafficLight.Yellow => "▲ ",
        TrafficLight.Red => "◆ ",
        _ => "",
    };

}
