using Analytics.Charts.Layout;
using Analytics.Charts.Specs;
using Analytics.Charts.Svg;
using Analytics.Charts.Text;
using Analytics.Charts.Theme;

namespace Analytics.Charts.Rendering;

/// <summary>
/// Draws a <see cref="GaugeChartSpec"/>: per row a track from 0 to 100 % of target filled to the
/// completion in the row's light colour, the completion and the light (shape and word, not colour
/// alone) after it, and the schedule as a dashed marker across all rows.
/// </summary>
internal static class GaugeChartRenderer
{
    private const double RowHeight = 30;
    private const double DetailHeight = 18;
    private const double TrackHeight = 12;
    private const double Gap = 10;
    private const double MarkerBand = 20;
    private static readonly TextStyle Label = Frame.LabelStyle;
    private static readonly TextStyle Strong = Frame.StrongStyle;
    private static readonly TextStyle Small = Frame.SmallStyle;

    public static string Render(GaugeChartSpec spec)
    {
        var width = spec.Width ?? 600;
        var rows = spec.Rows.Select(r => (Name: TextFit.Clean(r.Name), Row: r)).ToList();
        var detail = rows.Count == 1;
        var frame = Frame.Measure(spec, width, [], null);
        var rowHeight = RowHeight + (detail ? DetailHeight : 0);
        var height = spec.Height ?? Math.Ceiling(frame.HeaderHeight + MarkerBand + Math.Max(1, rows.Count) * rowHeight + frame.FooterHeight);
        var w = frame.Open(height, spec.Description ?? Describe(spec, rows.Select(r => r.Row).ToList()));
        if (rows.Count == 0)
        {
            frame.DrawEmpty(w);
            return w.Finish();
        }

        var content = frame.Content;
        rowHeight = Math.Min(rowHeight, (content.Height - MarkerBand) / rows.Count);
        var nameWidth = Math.Min(rows.Max(r => Label.Measure(r.Name)), content.Width * 0.25);
        var percentWidth = Strong.Measure("100.0%") + rows.Max(r => Strong.Measure(Completion(r.Row)) - Strong.Measure("100.0%") is > 0 and var d ? d : 0);
        var lightWidth = 12 + 4 + Label.Measure("无目标");
        var left = content.X + nameWidth + Gap;
        var right = content.Right - percentWidth - Gap - lightWidth - 8;
        double X(decimal fraction) => left + (double)Math.Clamp(fraction, 0, 1) * (right - left);

        var top = content.Y + MarkerBand;
        for (var i = 0; i < rows.Count; i++)
        {
            var (name, row) = rows[i];
            var mid = top + i * rowHeight + RowHeight / 2;
            var light = TrafficLights.Classify(row.Completion, spec.Schedule);
            w.Text(TextFit.Shorten(name, Label, nameWidth), content.X + nameWidth, Label.BaselineFor(mid), Label, Palette.Text, Anchor.End);
            w.Rect(Rect.FromEdges(left, mid - TrackHeight / 2, right, mid + TrackHeight / 2), Palette.Track);
            if (row.Completion is { } c && c > 0)
                w.Rect(Rect.FromEdges(left, mid - TrackHeight / 2, X(c), mid + TrackHeight / 2), Palette.Of(light));
            var percentRight = right + Gap + percentWidth;
            w.Text(Completion(row), percentRight, Strong.BaselineFor(mid), Strong, Palette.Ink, Anchor.End);
            DrawLight(w, light, percentRight + 8, mid);
            if (detail)
                w.Text($"完成 {spec.Format.Format(row.Actual)}，目标 {(row.Target > 0 ? spec.Format.Format(row.Target) : "—")}",
                    left, Small.BaselineFor(mid + TrackHeight / 2 + 11), Small, Palette.Muted);
        }
        DrawSchedule(w, spec.Schedule, X(spec.Schedule), left, right, content.Y, top + rows.Count * rowHeight - (rowHeight - RowHeight));
        return w.Finish();
    }

    private static string Completion(GaugeRow row) => row.Completion is { } c ? ValueFormat.Percent.FormatNumber(c) : "—";

    /// <summary>The light as a shape and a word: ● 绿牌, ▲ 黄牌, ◆ 红牌; grey "无目标" without a target.</summary>
    private static void DrawLight(SvgWriter w, TrafficLight light, double x, double mid)
    {
        var color = Palette.Of(light);
        switch (light)
        {
            case TrafficLight.Green:
                w.Circle(x + 5, mid, 5, color);
                break;
            case TrafficLight.Yellow:
                w.Path(new PathData().MoveTo(x + 5, mid - 5.5).LineTo(x + 10.5, mid + 4.5).LineTo(x - 0.5, mid + 4.5).Close().ToString(), color);
                break;
            case TrafficLight.Red:
                w.Path(new PathData().MoveTo(x + 5, mid - 6).LineTo(x + 11, mid).LineTo(x + 5, mid + 6).LineTo(x - 1, mid).Close().ToString(), color);
                break;
        }
        w.Text(TrafficLights.Label(light), x + 16, Label.BaselineFor(mid), Label,
            light == TrafficLight.None ? Palette.Faint : Palette.Text);
    }

    private static void DrawSchedule(SvgWriter w, decimal schedule, double x, double left, double right, double top, double bottom)
    {
        w.Line(x, top + MarkerBand - 4, x, bottom, Palette.Ink, 1.25, "3 3");
        var text = "时序进度 " + ValueFormat.Percent.FormatNumber(schedule);
        var half = Small.Measure(text) / 2;
        // Centred on the marker, but kept over the track.
        var cx = Math.Clamp(x, left + half, Math.Max(left + half, right - half));
        w.Text(text, cx, Small.BaselineFor(top + (MarkerBand - 4) / 2), Small, Palette.Ink, Anchor.Middle);
    }

    private static string Describe(GaugeChartSpec spec, List<GaugeRow> rows)
    {
        if (rows.Count == 0) return "目标进度图，暂无数据。";
        var parts = rows.Select(r =>
        {
            var light = TrafficLights.Classify(r.Completion, spec.Schedule);
            return r.Completion is { } c
                ? $"{TextFit.Clean(r.Name)}完成率{ValueFormat.Percent.FormatNumber(c)}，{TrafficLights.Label(light)}"
                : $"{TextFit.Clean(r.Name)}无目标";
        });
        return $"目标进度图，时序进度{ValueFormat.Percent.FormatNumber(spec.Schedule)}。{string.Join("；", parts)}。";
    }
}
