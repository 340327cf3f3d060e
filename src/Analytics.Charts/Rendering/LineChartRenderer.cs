using Analytics.Charts.Layout;
using Analytics.Charts.Specs;
using Analytics.Charts.Svg;
using Analytics.Charts.Text;
using Analytics.Charts.Theme;

namespace Analytics.Charts.Rendering;

/// <summary>
/// Draws a <see cref="LineChartSpec"/>: the first series strong with its area shaded, the others
/// thinner, a dashed target line, and the last value of each series written beside its end
/// point wherever that collides with no line, marker or other label.
/// </summary>
internal static class LineChartRenderer
{
    private static readonly TextStyle EndStyle = Frame.LabelStyle;
    private const string TargetDash = "6 4";

    public static string Render(LineChartSpec spec)
    {
        var width = spec.Width ?? 600;
        var height = spec.Height ?? 360;
        var categories = spec.Categories.Select(TextFit.Clean).ToList();
        var colors = Colors(spec.Series);
        // A lone series is named by the title; the legend starts at two entries.
        var legend = spec.Series.Count > 1 || spec.Target is not null
            ? spec.Series.Select((s, i) => new LegendItem(s.Name, colors[i], LegendMark.Line)).ToList()
            : [];
        if (spec.Target is not null)
            legend.Add(new LegendItem(spec.TargetLabel, Palette.Target, LegendMark.DashedLine));
        var frame = Frame.Measure(spec, width, legend, Frame.UnitText(spec.Format));
        var points = spec.Series.Select(s => Enumerable.Range(0, categories.Count).Select(i => SeriesColors.ValueAt(s, i)).ToList()).ToList();
        var values = points.SelectMany(p => p).OfType<double>().ToList();
        var w = frame.Open(height, spec.Description ?? Describe(spec, categories, points));
        if (values.Count == 0)
        {
            frame.DrawEmpty(w);
            return w.Finish();
        }

        var min = values.Min();
        var max = values.Max();
        if (spec.Target is { } target)
        {
            min = Math.Min(min, (double)target);
            max = Math.Max(max, (double)target);
        }
        var endLabels = points.Select(p => p.LastOrDefault(v => v is not null)).Select(v => spec.Format.FormatNumber((decimal)(v ?? 0)));
        var rightReserve = endLabels.Max(EndStyle.Measure) + 8;
        var plot = CategoryPlot.Create(frame.Content, categories, min, max, spec.Format, 4, 0, rightReserve);
        plot.DrawGrid(w);
        var space = new LabelSpace(Rect.FromEdges(plot.Plot.X + 2, frame.Content.Y, frame.Content.Right, plot.Plot.Bottom));
        space.BlockSegment(plot.Plot.X, plot.Y(0), plot.Plot.Right, plot.Y(0));

        // Later series under the first: the one the reader compares against stays on top.
        for (var s = points.Count - 1; s >= 0; s--)
            DrawSeries(w, plot, space, points[s], colors[s], s, s == 0 && spec.Area);
        plot.DrawAxis(w);
        if (spec.Target is { } t)
        {
            var y = plot.Y((double)t);
            w.Line(plot.Plot.X, y, plot.Plot.Right, y, Palette.Target, 1.5, TargetDash);
            space.BlockSegment(plot.Plot.X, y, plot.Plot.Right, y);
        }
        // Every series gets a clean spot where one exists before any label may cross another line.
        var unplaced = Enumerable.Range(0, points.Count)
            .Where(s => !TryEndLabel(w, plot, space, points[s], spec.Format, EndColor(s), s, relaxed: false)).ToList();
        foreach (var s in unplaced)
            TryEndLabel(w, plot, space, points[s], spec.Format, EndColor(s), s, relaxed: true);
        if (spec.Target is { } target2)
            DrawTargetLabel(w, plot, space, spec.TargetLabel + " " + spec.Format.FormatNumber(target2), plot.Y((double)target2));
        return w.Finish();
    }

    private static List<string> Colors(IReadOnlyList<ChartSeries> series)
    {
        var chosen = SeriesColors.For(series, null);
        return series.Select((s, i) => s.Color ?? (series.Count == 2 && i == 1 ? Palette.Comparison : chosen[i])).ToList();
    }

    private static void DrawSeries(SvgWriter w, CategoryPlot plot, LabelSpace space, List<double?> values, string color,
        int series, bool area)
    {
        var strong = series == 0;
        var zero = plot.Y(0);
        foreach (var run in Runs(values))
        {
            var line = new PathData();
            var fill = new PathData().MoveTo(plot.X(run[0]), zero);
            for (var k = 0; k < run.Count; k++)
            {
                var (x, y) = (plot.X(run[k]), plot.Y(values[run[k]]!.Value));
                if (k == 0) line.MoveTo(x, y);
                else
                {
                    line.LineTo(x, y);
                    space.BlockSegment(plot.X(run[k - 1]), plot.Y(values[run[k - 1]]!.Value), x, y, series);
                }
                fill.LineTo(x, y);
            }
            fill.LineTo(plot.X(run[^1]), zero).Close();
            if (area && run.Count > 1) w.Path(fill.ToString(), color, fillOpacity: 0.12);
            if (run.Count > 1) w.Path(line.ToString(), "none", color, strong ? 2.5 : 1.75);
        }
        var radius = plot.Slot >= 14 ? (strong ? 3 : 2.5) : 0;
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is not { } v) continue;
            var (x, y) = (plot.X(i), plot.Y(v));
            // A lone point (no neighbours) always gets a marker, or it would not show at all.
            var alone = (i == 0 || values[i - 1] is null) && (i == values.Count - 1 || values[i + 1] is null);
            var r = radius > 0 ? radius : alone ? 2.5 : 0;
            if (r == 0) continue;
            if (strong) w.Circle(x, y, r, color);
            else w.Circle(x, y, r, "#fff", color, 1.5);
            space.Block(new Rect(x - r - 1, y - r - 1, 2 * r + 2, 2 * r + 2));
        }
    }

    /// <summary>Runs of consecutive indexes with values.</summary>
    private static IEnumerable<List<int>> Runs(List<double?> values)
    {
        var run = new List<int>();
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is not null) { run.Add(i); continue; }
            if (run.Count > 0) yield return run;
            run = [];
        }
        if (run.Count > 0) yield return run;
    }

    private static string EndColor(int series) => series == 0 ? Palette.Primary : Palette.Muted;

    /// <summary>
    /// The last value beside the end point, at the first of several spots around it that is free:
    /// strictly, touching no line at all; relaxed, crossing only other series' lines, which the
    /// label's white halo keeps legible. False where no spot is free.
    /// </summary>
    private static bool TryEndLabel(SvgWriter w, CategoryPlot plot, LabelSpace space, List<double?> values,
        ValueFormat format, string color, int series, bool relaxed)
    {
        var last = values.FindLastIndex(v => v is not null);
        if (last < 0) return true;
        var (x, y) = (plot.X(last), plot.Y(values[last]!.Value));
        var text = format.FormatNumber((decimal)values[last]!.Value);
        var tw = EndStyle.Measure(text);
        // Spots right of the point, left of it, then centred over it, each nudged up or down in
        // 2 px steps: the nearest free one wins.
        for (var step = 0; step <= 12; step++)
        {
            foreach (var offset in step == 0 ? (double[])[0] : [-2 * step, 2 * step])
            {
                foreach (var left in (double[])[x + 7, x - tw - 7, x - tw / 2])
                {
                    var baseline = EndStyle.BaselineFor(y + offset);
                    var box = EndStyle.Box(text, left, baseline, Anchor.Start);
                    if (!space.TryTake(box.Inflate(1), crossOthers: relaxed ? series : null)) continue;
                    w.Text(text, left, baseline, EndStyle, color, halo: true);
                    return true;
                }
            }
        }
        return false;
    }

    private static void DrawTargetLabel(SvgWriter w, CategoryPlot plot, LabelSpace space, string text, double y)
    {
        var style = Frame.SmallStyle;
        var right = plot.Plot.Right;
        foreach (var center in (double[])[y - style.BoxHeight / 2 - 2, y + style.BoxHeight / 2 + 2])
        {
            var baseline = style.BaselineFor(center);
            for (var left = right - style.Measure(text); left >= plot.Plot.X; left -= plot.Slot)
            {
                var box = style.Box(text, left, baseline, Anchor.Start);
                if (!space.TryTake(box.Inflate(1))) continue;
                w.Text(text, left, baseline, style, Palette.Target, halo: true);
                return;
            }
        }
    }

    private static string Describe(LineChartSpec spec, List<string> categories, List<List<double?>> points)
    {
        if (points.All(p => p.All(v => v is null))) return "折线图，暂无数据。";
        var parts = spec.Series.Select((s, i) =>
        {
            var last = points[i].FindLastIndex(v => v is not null);
            return last < 0 ? $"{TextFit.Clean(s.Name)}无数据"
                : $"{TextFit.Clean(s.Name)}至{categories[last]}为{spec.Format.Format((decimal)points[i][last]!.Value)}";
        });
        var target = spec.Target is { } t ? $"；{TextFit.Clean(spec.TargetLabel)}{spec.Format.Format(t)}" : "";
        return $"折线图，{categories.Count}个时间点。{string.Join("；", parts)}{target}。";
    }
}
