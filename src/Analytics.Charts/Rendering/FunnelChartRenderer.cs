using Analytics.Charts.Layout;
using Analytics.Charts.Specs;
using Analytics.Charts.Svg;
using Analytics.Charts.Text;
using Analytics.Charts.Theme;

namespace Analytics.Charts.Rendering;

/// <summary>
/// Draws a <see cref="FunnelChartSpec"/>: one centred bar per stage, as wide as its value against
/// the largest, names on the left, values in (or beside) the bars, and between two bars the
/// conversion rate from the stage above. The rate from first to last stage is noted below.
/// </summary>
internal static class FunnelChartRenderer
{
    private const double BarHeight = 30;
    private const double GapHeight = 24;
    private const double Gap = 10;
    private const string Connector = "#E3EBF4";
    private static readonly TextStyle Label = Frame.LabelStyle;
    private static readonly TextStyle Value = Frame.StrongStyle;
    private static readonly TextStyle Rate = Frame.SmallStyle;

    public static string Render(FunnelChartSpec spec)
    {
        var width = spec.Width ?? 600;
        var stages = spec.Stages.Select(s => (Name: TextFit.Clean(s.Name), s.Value)).ToList();
        var hasData = stages.Any(s => s.Value != 0);
        var frame = Frame.Measure(spec, width, [], Frame.UnitText(spec.Format), hasData ? OverallNote(stages) : null);
        var rows = Math.Max(1, stages.Count);
        var height = spec.Height ?? Math.Ceiling(frame.HeaderHeight + rows * BarHeight + (rows - 1) * GapHeight + frame.FooterHeight);
        var w = frame.Open(height, spec.Description ?? Describe(spec, stages, hasData));
        if (!hasData)
        {
            frame.DrawEmpty(w);
            return w.Finish();
        }

        var content = frame.Content;
        var pitch = Math.Min(BarHeight + GapHeight, content.Height / (stages.Count - 0.4));
        var barHeight = pitch * BarHeight / (BarHeight + GapHeight);
        var nameWidth = Math.Min(stages.Max(s => Label.Measure(s.Name)), content.Width * 0.3);
        var valueWidth = stages.Max(s => Value.Measure(spec.Format.FormatNumber(s.Value)));
        var left = content.X + nameWidth + Gap;
        var right = content.Right - valueWidth - Gap;
        var center = (left + right) / 2;
        var max = (double)stages.Max(s => Math.Max(0, s.Value));
        var colors = Palette.Sequential(stages.Count).Reverse().ToList();
        double Half(decimal v) => max <= 0 || v <= 0 ? 0 : Math.Max(1, (double)v / max * (right - left) / 2);

        for (var i = 0; i + 1 < stages.Count; i++)
        {
            var (top, bottom) = (content.Y + i * pitch + barHeight, content.Y + (i + 1) * pitch);
            var (a, b) = (Half(stages[i].Value), Half(stages[i + 1].Value));
            w.Path(new PathData().MoveTo(center - a, top).LineTo(center + a, top).LineTo(center + b, bottom)
                .LineTo(center - b, bottom).Close().ToString(), Connector);
        }
        for (var i = 0; i < stages.Count; i++)
        {
            var top = content.Y + i * pitch;
            var mid = top + barHeight / 2;
            var half = Half(stages[i].Value);
            if (half > 0) w.Rect(Rect.FromEdges(center - half, top, center + half, top + barHeight), colors[i]);
            w.Text(TextFit.Shorten(stages[i].Name, Label, nameWidth), content.X + nameWidth, Label.BaselineFor(mid), Label,
                Palette.Text, Anchor.End);
            var text = spec.Format.FormatNumber(stages[i].Value);
            if (Value.Measure(text) <= 2 * half - 8)
                w.Text(text, center, Value.BaselineFor(mid), Value, Palette.TextOn(colors[i]), Anchor.Middle);
            else
                w.Text(text, center + half + 6, Value.BaselineFor(mid), Value, Palette.Ink);
            if (i == 0) continue;
            var rate = $"转化率 {Conversion(stages[i - 1].Value, stages[i].Value)}";
            var gapMid = top - (pitch - barHeight) / 2;
            w.Text(rate, center, Rate.BaselineFor(gapMid), Rate, Palette.Text, Anchor.Middle);
        }
        return w.Finish();
    }

    /// <summary>"53.3%", or "—" where the stage before is zero.</summary>
    internal static string Conversion(decimal from, decimal to) =>
        from > 0 ? ValueFormat.Percent.FormatNumber(to / from) : "—";

    private static string? OverallNote(List<(string Name, decimal Value)> stages) =>
        stages.Count < 2 ? null
            : stages[0].Value > 0
                ? $"注：从{stages[0].Name}到{stages[^1].Name}的总转化率为{Conversion(stages[0].Value, stages[^1].Value)}，转化率为本阶段与上一阶段之比。"
                : $"注：{stages[0].Name}为0，无法计算总转化率；转化率为本阶段与上一阶段之比。";

    private static string Describe(FunnelChartSpec spec, List<(string Name, decimal Value)> stages, bool hasData)
    {
        if (!hasData) return "漏斗图，暂无数据。";
        var parts = stages.Select((s, i) => i == 0
            ? $"{s.Name}{spec.Format.Format(s.Value)}"
            : $"{s.Name}{spec.Format.Format(s.Value)}（转化率{Conversion(stages[i - 1].Value, s.Value)}）");
        return $"漏斗图，{stages.Count}个阶段：{string.Join("，", parts)}。";
    }
}
