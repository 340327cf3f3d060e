using Analytics.Charts.Layout;
using Analytics.Charts.Svg;
using Analytics.Charts.Text;
using Analytics.Charts.Theme;

namespace Analytics.Charts.Rendering;

/// <summary>
/// Value labels over (or, for negatives, under) vertical bars. Labels are drawn for all bars or,
/// where they would collide, for the first series only, or not at all: a chart never shows a
/// partial, uneven set, and never two labels on top of each other.
/// </summary>
internal static class ValueLabels
{
    private static readonly TextStyle[] Styles = [Frame.SmallStyle, new TextStyle(10)];

    public static void Draw(SvgWriter w, Rect bounds, IReadOnlyList<BarMark> bars, ValueFormat format)
    {
        var placed = TryAll(bounds, bars, format, _ => true)
            ?? TryAll(bounds, bars, format, b => b.Series == 0);
        if (placed is null) return;
        foreach (var (text, x, baseline, style) in placed)
            w.Text(text, x, baseline, style, Palette.Text, Anchor.Middle);
    }

    private static List<(string, double, double, TextStyle)>? TryAll(Rect bounds, IReadOnlyList<BarMark> bars,
        ValueFormat format, Func<BarMark, bool> include)
    {
        foreach (var style in Styles)
        {
            var space = new LabelSpace(bounds);
            foreach (var bar in bars) space.Block(bar.Box);
            var result = new List<(string, double, double, TextStyle)>();
            foreach (var bar in bars.Where(include))
            {
                var text = format.FormatNumber((decimal)bar.Value);
                var x = bar.Box.CenterX;
                var baseline = bar.Value < 0
                    ? style.BaselineBelow(bar.Box.Bottom + 2)
                    : bar.Box.Y - 2 - TextStyle.Below * style.Size;
                // A little air on each side keeps neighbouring numbers from reading as one.
                var box = style.Box(text, x, baseline, Anchor.Middle);
                if (!space.TryTake(box with { X = box.X - 1.5, Width = box.Width + 3 }, bar.Box))
                {
                    result = null;
                    break;
                }
                result.Add((text, x, baseline, style));
            }
            if (result is not null) return result;
        }
        return null;
    }
}
