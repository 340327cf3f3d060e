using Analytics.Charts.Specs;
using Analytics.Charts.Theme;
using ScottPlot;
using Palette = Analytics.Charts.Theme.Palette;

namespace Analytics.Charts.Plotting;

/// <summary>
/// A ring of shares clockwise from twelve o'clock, the total in the hole, each slice labelled
/// outside with its name, value and share (leader lines to the ring); when the labels cannot all
/// stand beside their slices, a list beside the ring instead.
/// </summary>
internal static class DonutChartRenderer
{
    private const double Gap = 14;

    /// <summary>The chart's size in px at 1×.</summary>
    public static (int Width, int Height) Size(DonutChartSpec spec) => (spec.Width ?? 600, spec.Height ?? 360);

    public static ChartPlot Draw(DonutChartSpec spec)
    {
        var (width, height) = Size(spec);
        var slices = Slices(spec);
        var total = slices.Sum(s => s.Value);
        if (slices.Count == 0 || total <= 0) return EmptyChart.Draw(spec, width, height);

        var chart = new ChartPlot(spec, width, height, [], spec.Format.IsPercent ? null : spec.Format.Unit, [spec.Note]);
        var (w, h) = chart.UsePixelUnits();
        var texts = slices.Select(s => (Name: TextFit.Shorten(s.Name, w * 0.28f), Value: ValueLine(spec, s.Value, total))).ToList();
        var labelWidth = texts.Max(t => Math.Max(TextFit.Width(t.Name), TextFit.Width(t.Value)));
        var labelHeight = 2 * TextFit.LineHeight() + 2;
        var radius = Math.Min(h / 2 - 4, (w - 2 * (labelWidth + Gap + 10)) / 2);
        var angles = MidAngles(slices, total);
        double[]? right = null, left = null;
        if (radius >= 50)
        {
            right = Side(angles, radius, labelHeight, h, isRight: true);
            left = Side(angles, radius, labelHeight, h, isRight: false);
        }
        if (right is null || left is null)
        {
            radius = Math.Max(30, Math.Min(h / 2 - 4, w * 0.2));
            // The ring at the left edge: the origin moves there, the list stands to its right.
            chart.Plot.Axes.SetLimitsX(-(radius + 4), w - (radius + 4));
            DrawRing(chart, slices, radius);
            DrawCentre(chart, spec, total, radius);
            DrawList(chart, slices, texts, radius + 28, h);
            return chart;
        }
        DrawRing(chart, slices, radius);
        DrawCentre(chart, spec, total, radius);
        for (var i = 0; i < slices.Count; i++)
        {
            var isRight = Math.Cos(angles[i]) >= 0;
            var y = (isRight ? right : left)[i];
            var x = (isRight ? 1 : -1) * (radius + Gap);
            var edge = new Coordinates(radius * Math.Cos(angles[i]), -radius * Math.Sin(angles[i]));
            var elbow = new Coordinates((radius + Gap / 2) * Math.Cos(angles[i]), -(radius + Gap / 2) * Math.Sin(angles[i]));
            var line = chart.Plot.Add.Line(edge, elbow);
            line.LineColor = ChartTheme.ColorOf(Palette.Axis);
            var tail = chart.Plot.Add.Line(elbow, new Coordinates(x - (isRight ? 3 : -3), y));
            tail.LineColor = ChartTheme.ColorOf(Palette.Axis);
            var alignment = isRight ? Alignment.MiddleLeft : Alignment.MiddleRight;
            chart.Labels.Add(Label(texts[i].Name + "\n" + texts[i].Value, x, y, alignment));
        }
        return chart;
    }

    private static ChartLabel Label(string text, double x, double y, Alignment alignment)
    {
        var style = ChartTheme.Text(color: Palette.Text);
        style.Alignment = alignment;
        return new ChartLabel(text, new Coordinates(x, y), style);
    }

    private static void DrawRing(ChartPlot chart, List<DonutSliceMark> slices, double radius)
    {
        var pie = chart.Plot.Add.Pie(slices.Select(s => new PieSlice { Value = s.Value, FillColor = ChartTheme.ColorOf(s.Color) }).ToList());
        pie.Radius = radius;
        pie.DonutFraction = 0.6;
        pie.LineColor = Colors.White;
        pie.LineWidth = 1.5f;
        pie.ManageAxisLimits = false;
        pie.Padding = 0;
    }

    private static void DrawCentre(ChartPlot chart, DonutChartSpec spec, double total, double radius)
    {
        var text = spec.Format.FormatNumber((decimal)total);
        var size = TextFit.Width(text, ChartTheme.TitleSize + 4, bold: true) > radius * 1.1 ? ChartTheme.TextSize : ChartTheme.TitleSize + 4;
        var big = ChartTheme.Text(size, Palette.Ink, bold: true);
        big.Alignment = Alignment.LowerCenter;
        chart.Labels.Add(new ChartLabel(text, new Coordinates(0, 0), big) { Required = true });
        var small = ChartTheme.Text(color: Palette.Muted);
        small.Alignment = Alignment.UpperCenter;
        chart.Labels.Add(new ChartLabel(TextFit.Shorten(TextFit.Clean(spec.CenterLabel), (float)radius), new Coordinates(0, 0), small) { Offset = new PixelOffset(0, 2) });
    }

    private static void DrawList(ChartPlot chart, List<DonutSliceMark> slices, List<(string Name, string Value)> texts, double x, double h)
    {
        var row = Math.Min(22, h / slices.Count);
        var top = row * slices.Count / 2;
        for (var i = 0; i < slices.Count; i++)
        {
            var y = top - (i + 0.5) * row;
            var swatch = chart.Plot.Add.Rectangle(x, x + 10, y - 5, y + 5);
            swatch.FillColor = ChartTheme.ColorOf(slices[i].Color);
            swatch.LineWidth = 0;
            chart.Labels.Add(Label($"{texts[i].Name}  {texts[i].Value}", x + 16, y, Alignment.MiddleLeft));
        }
    }

    /// <summary>Mid-angles of the slices in radians, clockwise from twelve o'clock in screen terms (0 = east, y down).</summary>
    private static double[] MidAngles(List<DonutSliceMark> slices, double total)
    {
        var result = new double[slices.Count];
        var start = -Math.PI / 2;
        for (var i = 0; i < slices.Count; i++)
        {
            var sweep = 2 * Math.PI * slices[i].Value / total;
            result[i] = start + sweep / 2;
            start += sweep;
        }
        return result;
    }

    /// <summary>Label heights of one side's slices (other slices keep 0), or null when they do not fit.</summary>
    private static double[]? Side(double[] angles, double radius, double labelHeight, double h, bool isRight)
    {
        var members = Enumerable.Range(0, angles.Length).Where(i => Math.Cos(angles[i]) >= 0 == isRight).ToList();
        var ideal = members.Select(i => -(radius + Gap) * Math.Sin(angles[i])).ToList();
        var spread = DonutLabels.Spread(ideal, labelHeight, h / 2);
        if (spread is null) return null;
        // Labels pushed far from their slices read as belonging to another one.
        if (members.Where((_, k) => Math.Abs(spread[k] - ideal[k]) > 2.5 * labelHeight).Any()) return null;
        var result = new double[angles.Length];
        for (var k = 0; k < members.Count; k++) result[members[k]] = spread[k];
        return result;
    }

    /// <summary>The positive slices in order; beyond MaxSlices the smallest merge into one "其他" at the end.</summary>
    private static List<DonutSliceMark> Slices(DonutChartSpec spec)
    {
        var positive = spec.Slices.Where(s => s.Value > 0).Select(s => (Name: TextFit.Clean(s.Name), Value: (double)s.Value)).ToList();
        var max = Math.Max(2, spec.MaxSlices);
        var kept = positive;
        var rest = 0.0;
        if (positive.Count > max)
        {
            var keep = positive.Select((s, i) => (s, i)).OrderByDescending(p => p.s.Value).ThenBy(p => p.i)
                .Take(max - 1).Select(p => p.i).ToHashSet();
            rest = positive.Where((_, i) => !keep.Contains(i)).Sum(s => s.Value);
            kept = positive.Where((_, i) => keep.Contains(i)).ToList();
        }
        var colors = (spec.Colors ?? MemberColors.Default).ColorsFor(kept.Select(s => s.Name).ToList());
        var result = kept.Select((s, i) => new DonutSliceMark(s.Name, s.Value, colors[i], false)).ToList();
        if (rest > 0) result.Add(new DonutSliceMark(TextFit.Clean(spec.OtherLabel), rest, Palette.Other, true));
        return result;
    }

    private static string ValueLine(DonutChartSpec spec, double value, double total) =>
        $"{spec.Format.FormatNumber((decimal)value)}，{ValueFormat.Percent.FormatNumber((decimal)(value / total))}";
}
