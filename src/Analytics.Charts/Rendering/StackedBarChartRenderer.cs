using Analytics.Charts.Layout;
using Analytics.Charts.Specs;
using Analytics.Charts.Text;
using Analytics.Charts.Theme;

namespace Analytics.Charts.Rendering;

/// <summary>
/// Draws a <see cref="StackedBarChartSpec"/>. Positive values stack up from zero and negative ones
/// down; in a 100 % stack each segment is its share of the bar's positive total (negative values
/// have no share and are left out). Segments are labelled inside where the label fits, totals
/// over the bars where all of them fit.
/// </summary>
internal static class StackedBarChartRenderer
{
    private const double MaxBarWidth = 56;
    private static readonly TextStyle SegmentStyle = Frame.SmallStyle;

    public static string Render(StackedBarChartSpec spec)
    {
        var width = spec.Width ?? 600;
        var height = spec.Height ?? 360;
        var categories = spec.Categories.Select(TextFit.Clean).ToList();
        var colors = Colors(spec);
        var legend = spec.Series.Select((s, i) => new LegendItem(s.Name, colors[i])).ToList();
        var frame = Frame.Measure(spec, width, legend, spec.Percent ? null : Frame.UnitText(spec.Format));
        var stacks = Stacks(spec, categories.Count);
        var hasData = stacks.Any(s => s.Any(v => v != 0));
        var w = frame.Open(height, spec.Description ?? Describe(spec, categories, stacks, hasData));
        if (!hasData)
        {
            frame.DrawEmpty(w);
            return w.Finish();
        }

        var axisFormat = spec.Percent ? ValueFormat.Percent : spec.Format;
        var min = stacks.Min(s => s.Where(v => v < 0).Sum());
        var max = stacks.Max(s => s.Where(v => v > 0).Sum());
        // With negative segments a bar has no single total worth printing over it.
        var totals = spec.ShowTotals && !spec.Percent && min >= 0;
        var reserve = totals ? Frame.SmallStyle.BoxHeight + 3 : 0;
        var plot = CategoryPlot.Create(frame.Content, categories, min, max, axisFormat, reserve, 0);
        plot.DrawGrid(w);
        var barWidth = Math.Max(0.5, Math.Min(plot.Slot * 0.6, MaxBarWidth));
        var totalBars = new List<BarMark>();
        var labels = new List<(string Text, double X, double Baseline, string Color)>();
        for (var i = 0; i < categories.Count; i++)
        {
            var x = plot.X(i) - barWidth / 2;
            double up = 0, down = 0;
            for (var s = 0; s < spec.Series.Count; s++)
            {
                var v = stacks[i][s];
                if (v == 0) continue;
                var from = v > 0 ? up : down;
                var to = from + v;
                if (v > 0) up = to; else down = to;
                var box = Rect.FromEdges(x, Math.Min(plot.Y(from), plot.Y(to)), x + barWidth, Math.Max(plot.Y(from), plot.Y(to)));
                // A hairline of white between segments keeps neighbours of similar shade apart.
                w.Rect(box.Height > 3 ? box with { Y = box.Y + 0.5, Height = box.Height - 1 } : box, colors[s]);
                var text = spec.Percent ? ValueFormat.Percent.FormatNumber((decimal)v) : spec.Format.FormatNumber((decimal)v);
                var baseline = SegmentStyle.BaselineFor(box.CenterY);
                if (SegmentStyle.Box(text, box.CenterX, baseline, Anchor.Middle) is var tb
                    && tb.Width <= box.Width - 4 && tb.Height <= box.Height - 1)
                    labels.Add((text, box.CenterX, baseline, Palette.TextOn(colors[s])));
            }
            if (up > 0) totalBars.Add(new BarMark(Rect.FromEdges(x, plot.Y(up), x + barWidth, plot.Y(0)), 0, up));
        }
        plot.DrawAxis(w);
        foreach (var (text, x, baseline, color) in labels)
            w.Text(text, x, baseline, SegmentStyle, color, Anchor.Middle);
        if (totals)
            ValueLabels.Draw(w, Rect.FromEdges(plot.Plot.X - 2, frame.Content.Y, plot.Plot.Right + 2, plot.Plot.Bottom),
                totalBars, spec.Format);
        return w.Finish();
    }

    private static IReadOnlyList<string> Colors(StackedBarChartSpec spec)
    {
        var chosen = spec.Ordinal
            ? Palette.Sequential(spec.Series.Count)
            : (spec.Colors ?? MemberColors.Default).ColorsFor(spec.Series.Select(s => TextFit.Clean(s.Name)).ToList());
        return spec.Series.Select((s, i) => s.Color ?? chosen[i]).ToList();
    }

    /// <summary>Per category, the value of each series (0 where missing); shares of the positive total in a 100 % stack.</summary>
    private static List<double[]> Stacks(StackedBarChartSpec spec, int categories)
    {
        var stacks = new List<double[]>(categories);
        for (var i = 0; i < categories; i++)
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

    private static string Describe(StackedBarChartSpec spec, List<string> categories, List<double[]> stacks, bool hasData)
    {
        var kind = spec.Percent ? "百分比堆积柱状图" : "堆积柱状图";
        if (!hasData) return kind + "，暂无数据。";
        var series = string.Join("、", spec.Series.Select(s => TextFit.Clean(s.Name)));
        if (spec.Percent) return $"{kind}，{categories.Count}个类别，各类别按{series}分为{spec.Series.Count}段，显示占比。";
        var top = Enumerable.Range(0, categories.Count).OrderByDescending(i => stacks[i].Sum()).First();
        return $"{kind}，{categories.Count}个类别，按{series}分为{spec.Series.Count}段。合计最大：{categories[top]} {spec.Format.Format((decimal)stacks[top].Sum())}。";
    }
}
