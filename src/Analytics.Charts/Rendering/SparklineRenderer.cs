using Analytics.Charts.Specs;
using Analytics.Charts.Svg;
using Analytics.Charts.Text;
using Analytics.Charts.Theme;

namespace Analytics.Charts.Rendering;

/// <summary>
/// Draws a <see cref="SparklineSpec"/>: the line over the full height (its shape, not its level),
/// gaps where values are missing, a faint zero line where the values cross zero, the last point
/// marked. No text but "暂无数据" when there is nothing to draw.
/// </summary>
internal static class SparklineRenderer
{
    /// <summary>Margin in px; nothing is drawn in it.</summary>
    public const double Pad = 3;

    public static string Render(SparklineSpec spec)
    {
        var width = spec.Width ?? 120;
        var height = spec.Height ?? 28;
        var values = spec.Values.Select(v => v is { } d ? (double?)d : null).ToList();
        var present = values.OfType<double>().ToList();
        var w = new SvgWriter(width, height, TextFit.Clean(spec.Title), spec.Description ?? Describe(spec, present));
        if (present.Count == 0)
        {
            var style = new TextStyle(Math.Min(10, height - 2 * Pad - 2));
            w.Text("暂无数据", width / 2.0, style.BaselineFor(height / 2.0), style, Palette.Faint, Anchor.Middle);
            return w.Finish();
        }

        const double dot = 2;
        double left = Pad + dot, right = width - Pad - dot, top = Pad + dot, bottom = height - Pad - dot;
        double min = present.Min(), max = present.Max();
        double X(int i) => values.Count == 1 ? (left + right) / 2 : left + i * (right - left) / (values.Count - 1);
        double Y(double v) => max - min < 1e-12 ? (top + bottom) / 2 : bottom - (v - min) / (max - min) * (bottom - top);

        if (min < 0 && max > 0) w.Line(left, Y(0), right, Y(0), Palette.Grid);
        var path = new PathData();
        var runLength = 0;
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is not { } v)
            {
                runLength = 0;
                continue;
            }
            if (runLength == 0) path.MoveTo(X(i), Y(v));
            else path.LineTo(X(i), Y(v));
            runLength++;
            // A value alone between gaps is a dot, as a line of one point draws nothing.
            var alone = runLength == 1 && (i == values.Count - 1 || values[i + 1] is null);
            if (alone && i != values.FindLastIndex(x => x is not null)) w.Circle(X(i), Y(v), 1.25, Palette.Primary);
        }
        if (!path.IsEmpty) w.Path(path.ToString(), "none", Palette.Primary, 1.5);
        var last = values.FindLastIndex(v => v is not null);
        w.Circle(X(last), Y(values[last]!.Value), dot, Palette.Primary);
        return w.Finish();
    }

    private static string Describe(SparklineSpec spec, List<double> present)
    {
        if (present.Count == 0) return "迷你折线图，暂无数据。";
        return $"迷你折线图，{spec.Values.Count}个数据点，最低{spec.Format.Format((decimal)present.Min())}，" +
               $"最高{spec.Format.Format((decimal)present.Max())}，最新{spec.Format.Format((decimal)present[^1])}。";
    }
}
