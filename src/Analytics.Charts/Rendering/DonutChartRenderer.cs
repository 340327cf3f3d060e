using Analytics.Charts.Layout;
using Analytics.Charts.Specs;
using Analytics.Charts.Svg;
using Analytics.Charts.Text;
using Analytics.Charts.Theme;

namespace Analytics.Charts.Rendering;

/// <summary>
/// Draws a <see cref="DonutChartSpec"/>: the ring, the total in its hole, and outside it one label
/// per slice (name; value and share) on the side of the slice, joined by a leader line and spread
/// by <see cref="DonutLabelPlacer"/> so no two overlap. Where two-line labels cannot all fit, labels
/// drop to one line (name and share). Where labels would have to move far from their slices (many
/// thin slices side by side), the ring moves left and the labels become a list beside it.
/// </summary>
internal static class DonutChartRenderer
{
    private static readonly TextStyle NameStyle = Frame.LabelStyle;
    private static readonly TextStyle ValueStyle = Frame.SmallStyle;
    private const double LabelGap = 3;
    private const double LeaderOut = 10;
    private const double LabelOffset = 18;
    private const double ListRowMin = 16;

    public static string Render(DonutChartSpec spec)
    {
        var width = spec.Width ?? 600;
        var height = spec.Height ?? 360;
        var slices = Slices(spec, spec.MaxSlices);
        var total = slices.Sum(s => s.Value);
        var frame = Frame.Measure(spec, width, [], Frame.UnitText(spec.Format));
        var w = frame.Open(height, spec.Description ?? Describe(spec, slices, total));
        if (slices.Count == 0 || total <= 0)
        {
            frame.DrawEmpty(w);
            return w.Finish();
        }

        var names = slices.Select(s => s.Name).ToList();
        var memberColors = (spec.Colors ?? MemberColors.Default).ColorsFor(names);
        var colors = slices.Select((s, i) => s.IsOther ? Palette.Other : memberColors[i]).ToList();
        var content = frame.Content;
        var labelWidth = Math.Min(content.Width * 0.28, slices.Max(s => Math.Max(NameStyle.Measure(s.Name),
            ValueStyle.Measure(ValueLine(spec, s.Value, total)))));
        // The leader's elbow stands LeaderOut beyond the ring and must stay inside the content.
        var radius = Math.Max(24, Math.Min(content.Height / 2 - LeaderOut - 2, (content.Width - 2 * (labelWidth + LabelOffset + 4)) / 2));
        var (cx, cy) = (content.CenterX, content.CenterY);

        var twoLines = true;
        var labels = Layout(slices, total, radius, cy, content, twoLines);
        if (labels is null)
        {
            twoLines = false;
            labels = Layout(slices, total, radius, cy, content, twoLines);
        }
        if (labels is null || labels.Any(l => Math.Abs(l.Y - l.IdealY) > 1.5 * LabelHeight(twoLines)
                || LeaderCrossesRing(l, cx, cy, radius)))
        {
            // The list holds a row per slice, at least 16 px each: more slices merge into "其他".
            var rows = Math.Max(2, (int)(content.Height / ListRowMin));
            if (slices.Count > rows)
            {
                slices = Slices(spec, rows);
                memberColors = (spec.Colors ?? MemberColors.Default).ColorsFor(slices.Select(s => s.Name).ToList());
                colors = slices.Select((s, i) => s.IsOther ? Palette.Other : memberColors[i]).ToList();
            }
            DrawWithList(w, spec, slices, total, colors, content);
            return w.Finish();
        }

        DrawRing(w, slices, total, colors, cx, cy, radius);
        DrawCenter(w, spec, total, cx, cy, radius * 0.6);
        foreach (var label in labels)
            DrawLabel(w, spec, slices[label.Slice], total, label, cx, cy, radius, labelWidth, twoLines);
        return w.Finish();
    }

    private sealed record Slice(string Name, double Value, bool IsOther);

    /// <summary>The positive slices in order; beyond MaxSlices the smallest merge into one "其他" at the end.</summary>
    private static List<Slice> Slices(DonutChartSpec spec, int maxSlices)
    {
        var positive = spec.Slices.Where(s => s.Value > 0)
            .Select(s => new Slice(TextFit.Clean(s.Name), (double)s.Value, false)).ToList();
        var max = Math.Max(2, maxSlices);
        if (positive.Count <= max) return positive;
        var keep = positive.Select((s, i) => (s, i)).OrderByDescending(p => p.s.Value).ThenBy(p => p.i)
            .Take(max - 1).Select(p => p.i).ToHashSet();
        var rest = positive.Where((_, i) => !keep.Contains(i)).Sum(s => s.Value);
        return [.. positive.Where((_, i) => keep.Contains(i)), new Slice(TextFit.Clean(spec.OtherLabel), rest, true)];
    }

    private static string ValueLine(DonutChartSpec spec, double value, double total) =>
        $"{spec.Format.FormatNumber((decimal)value)}，{ValueFormat.Percent.FormatNumber((decimal)(value / total))}";

    private static double LabelHeight(bool twoLines) =>
        twoLines ? NameStyle.LineHeight + ValueStyle.BoxHeight + LabelGap : NameStyle.BoxHeight + LabelGap;

    private static List<DonutLabel>? Layout(List<Slice> slices, double total, double radius, double cy, Rect content,
        bool twoLines)
    {
        var labels = new List<DonutLabel>();
        double start = 0;
        for (var i = 0; i < slices.Count; i++)
        {
            var sweep = slices[i].Value / total * 2 * Math.PI;
            var mid = start + sweep / 2;
            start += sweep;
            labels.Add(new DonutLabel
            {
                Slice = i,
                Angle = mid,
                Right = Math.Sin(mid) >= -1e-9 && mid <= Math.PI + 1e-9,
                IdealY = cy - (radius + LeaderOut) * Math.Cos(mid),
            });
        }
        var height = LabelHeight(twoLines);
        var top = content.Y + height / 2;
        var bottom = content.Bottom - height / 2;
        var right = labels.Where(l => l.Right).ToList();
        var left = labels.Where(l => !l.Right).ToList();
        if (!DonutLabelPlacer.Place(right, height, top, bottom) || !DonutLabelPlacer.Place(left, height, top, bottom))
            return null;
        return [.. right, .. left];
    }

    private static void DrawRing(SvgWriter w, List<Slice> slices, double total, IReadOnlyList<string> colors,
        double cx, double cy, double radius)
    {
        var inner = radius * 0.6;
        double start = 0;
        for (var i = 0; i < slices.Count; i++)
        {
            var sweep = slices[i].Value / total * 2 * Math.PI;
            var end = start + sweep;
            var path = new PathData();
            if (sweep >= 2 * Math.PI - 1e-9)
            {
                // A whole ring: two half arcs each way, since one arc cannot close on itself.
                path.MoveTo(cx, cy - radius).ArcTo(radius, false, true, cx, cy + radius).ArcTo(radius, false, true, cx, cy - radius)
                    .MoveTo(cx, cy - inner).ArcTo(inner, false, false, cx, cy + inner).ArcTo(inner, false, false, cx, cy - inner).Close();
                w.Path(path.ToString(), colors[i]);
            }
            else
            {
                var large = sweep > Math.PI;
                path.MoveTo(X(cx, radius, start), Y(cy, radius, start))
                    .ArcTo(radius, large, true, X(cx, radius, end), Y(cy, radius, end))
                    .LineTo(X(cx, inner, end), Y(cy, inner, end))
                    .ArcTo(inner, large, false, X(cx, inner, start), Y(cy, inner, start)).Close();
                w.Path(path.ToString(), colors[i], "#fff", 1.5);
            }
            start = end;
        }
    }

    private static void DrawCenter(SvgWriter w, DonutChartSpec spec, double total, double cx, double cy, double inner)
    {
        var value = spec.Format.FormatNumber((decimal)total);
        var caption = TextFit.Clean(spec.CenterLabel);
        foreach (var size in (double[])[18, 15, 12])
        {
            var big = new TextStyle(size, Bold: true);
            var small = ValueStyle;
            var blockHeight = big.BoxHeight + small.BoxHeight;
            // Both lines must fit within the hole's inscribed square.
            var room = inner * Math.Sqrt(2) - 4;
            if (big.Measure(value) > room || small.Measure(caption) > room || blockHeight > room) continue;
            var top = cy - blockHeight / 2;
            w.Text(value, cx, big.BaselineBelow(top), big, Palette.Ink, Anchor.Middle);
            w.Text(caption, cx, small.BaselineBelow(top + big.BoxHeight), small, Palette.Muted, Anchor.Middle);
            return;
        }
    }

    private static void DrawLabel(SvgWriter w, DonutChartSpec spec, Slice slice, double total, DonutLabel label,
        double cx, double cy, double radius, double labelWidth, bool twoLines)
    {
        var x = label.Right ? cx + radius + LabelOffset : cx - radius - LabelOffset;
        var anchor = label.Right ? Anchor.Start : Anchor.End;
        var share = ValueFormat.Percent.FormatNumber((decimal)(slice.Value / total));
        var leader = new PathData()
            .MoveTo(X(cx, radius + 2, label.Angle), Y(cy, radius + 2, label.Angle))
            .LineTo(X(cx, radius + LeaderOut, label.Angle), Y(cy, radius + LeaderOut, label.Angle))
            .LineTo(label.Right ? x - 4 : x + 4, label.Y);
        w.Path(leader.ToString(), "none", Palette.Axis, 1);
        var top = label.Y - (LabelHeight(twoLines) - LabelGap) / 2;
        if (twoLines)
        {
            w.Text(TextFit.Shorten(slice.Name, NameStyle, labelWidth), x, NameStyle.BaselineBelow(top), NameStyle, Palette.Text, anchor);
            w.Text(TextFit.Shorten(ValueLine(spec, slice.Value, total), ValueStyle, labelWidth), x,
                ValueStyle.BaselineBelow(top + NameStyle.LineHeight), ValueStyle, Palette.Muted, anchor);
        }
        else
        {
            var name = TextFit.Shorten(slice.Name, NameStyle, labelWidth - NameStyle.Measure(" " + share));
            w.Text(name + " " + share, x, NameStyle.BaselineBelow(top), NameStyle, Palette.Text, anchor);
        }
    }

    /// <summary>True where the leader's last leg, elbow to label, would pass over the ring.</summary>
    private static bool LeaderCrossesRing(DonutLabel label, double cx, double cy, double radius)
    {
        var (x1, y1) = (X(cx, radius + LeaderOut, label.Angle), Y(cy, radius + LeaderOut, label.Angle));
        var (x2, y2) = (label.Right ? cx + radius + LabelOffset - 4 : cx - radius - LabelOffset + 4, label.Y);
        var (dx, dy) = (x2 - x1, y2 - y1);
        var t = Math.Clamp(((cx - x1) * dx + (cy - y1) * dy) / Math.Max(1e-9, dx * dx + dy * dy), 0, 1);
        var (px, py) = (x1 + t * dx - cx, y1 + t * dy - cy);
        return Math.Sqrt(px * px + py * py) < radius + 2;
    }

    /// <summary>The ring on the left, and one row per slice on the right: swatch, name, value and share.</summary>
    private static void DrawWithList(SvgWriter w, DonutChartSpec spec, List<Slice> slices, double total,
        IReadOnlyList<string> colors, Rect content)
    {
        var radius = Math.Max(24, Math.Min(content.Height / 2 - 6, content.Width * 0.2));
        var (cx, cy) = (content.X + radius + 4, content.CenterY);
        DrawRing(w, slices, total, colors, cx, cy, radius);
        DrawCenter(w, spec, total, cx, cy, radius * 0.6);
        var left = cx + radius + 24;
        var rowHeight = Math.Max(ListRowMin, Math.Min(22, content.Height / slices.Count));
        var valueWidth = slices.Max(s => NameStyle.Measure(ValueLine(spec, s.Value, total)));
        var top = cy - rowHeight * slices.Count / 2;
        for (var i = 0; i < slices.Count; i++)
        {
            var center = top + (i + 0.5) * rowHeight;
            w.Rect(new Rect(left, center - 5, 10, 10), colors[i]);
            var nameRoom = content.Right - valueWidth - 12 - (left + 16);
            w.Text(TextFit.Shorten(slices[i].Name, NameStyle, nameRoom), left + 16, NameStyle.BaselineFor(center), NameStyle, Palette.Text);
            w.Text(ValueLine(spec, slices[i].Value, total), content.Right, NameStyle.BaselineFor(center), NameStyle, Palette.Muted, Anchor.End);
        }
    }

    private static double X(double cx, double r, double angle) => cx + r * Math.Sin(angle);
    private static double Y(double cy, double r, double angle) => cy - r * Math.Cos(angle);

    private static string Describe(DonutChartSpec spec, List<Slice> slices, double total)
    {
        if (slices.Count == 0 || total <= 0) return "环形图，暂无数据。";
        var parts = slices.Select(s => $"{s.Name}占{ValueFormat.Percent.FormatNumber((decimal)(s.Value / total))}");
        return $"环形图，合计{spec.Format.Format((decimal)total)}。{string.Join("，", parts)}。";
    }
}
