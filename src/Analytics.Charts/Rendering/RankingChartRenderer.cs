using Analytics.Charts.Layout;
using Analytics.Charts.Specs;
using Analytics.Charts.Svg;
using Analytics.Charts.Text;
using Analytics.Charts.Theme;

namespace Analytics.Charts.Rendering;

/// <summary>
/// Draws a <see cref="RankingChartSpec"/>: one row per member, rank and name on the left, the bar,
/// the value after the bar end (after the zero line for a negative value, which the bar's left
/// side leaves free). Rows too many for <see cref="RankingChartSpec.MaxRows"/> are counted in a note;
/// a highlighted member below the cut is still shown, after a "⋯" row.
/// </summary>
internal static class RankingChartRenderer
{
    private const double RowHeight = 26;
    private const double WrappedRowHeight = 38;
    private const double MinRowHeight = 18;
    private const double Gap = 8;
    private static readonly TextStyle Label = Frame.LabelStyle;
    private static readonly TextStyle Strong = Frame.StrongStyle;

    public static string Render(RankingChartSpec spec)
    {
        var width = spec.Width ?? 600;
        var ranked = Ranking.Order(spec.Items);
        var highlight = spec.Highlight is null ? null : TextFit.Clean(spec.Highlight);
        var inner = width - 2 * Frame.Pad;

        var rows = Rows(ranked, highlight, Math.Max(1, spec.MaxRows));
        var frame = Frame.Measure(spec, width, [], Frame.UnitText(spec.Format), HiddenNote(ranked.Count, rows));
        var nameWidth = Math.Min(ranked.Count == 0 ? 0 : ranked.Max(r => Strong.Measure(r.Name)), Math.Max(4 * Label.Size, inner * 0.3));
        var wrap = ranked.Any(r => Strong.Measure(r.Name) > nameWidth);
        var rowHeight = wrap ? WrappedRowHeight : RowHeight;
        double height;
        if (spec.Height is { } fixedHeight)
        {
            var available = fixedHeight - frame.HeaderHeight - frame.FooterHeight;
            if (available / Math.Max(1, rows.Count) < MinRowHeight)
            {
                rows = Rows(ranked, highlight, Math.Max(1, (int)(available / MinRowHeight)));
                frame = Frame.Measure(spec, width, [], Frame.UnitText(spec.Format), HiddenNote(ranked.Count, rows));
                available = fixedHeight - frame.HeaderHeight - frame.FooterHeight;
            }
            rowHeight = Math.Min(rowHeight, available / Math.Max(1, rows.Count));
            wrap &= rowHeight >= WrappedRowHeight;
            height = fixedHeight;
        }
        else height = Math.Ceiling(frame.HeaderHeight + Math.Max(1, rows.Count) * rowHeight + frame.FooterHeight);

        var w = frame.Open(height, spec.Description ?? Describe(ranked, highlight));
        if (ranked.Count == 0)
        {
            frame.DrawEmpty(w);
            return w.Finish();
        }
        DrawRows(w, frame.Content, spec.Format, rows, highlight, nameWidth, wrap ? 2 : 1, rowHeight);
        return w.Finish();
    }

    /// <summary>The rows to draw; null marks the "⋯" row before a highlighted member below the cut.</summary>
    private static List<(int Rank, string Name, decimal Value)?> Rows(
        IReadOnlyList<(int Rank, string Name, decimal Value)> ranked, string? highlight, int maxRows)
    {
        if (ranked.Count <= maxRows) return ranked.Select(r => ((int, string, decimal)?)r).ToList();
        var position = highlight is null ? -1 : ranked.ToList().FindIndex(r => r.Name == highlight);
        if (position < maxRows || maxRows < 3)
            return ranked.Take(maxRows).Select(r => ((int, string, decimal)?)r).ToList();
        var rows = ranked.Take(maxRows - 2).Select(r => ((int, string, decimal)?)r).ToList();
        rows.Add(null);
        rows.Add(ranked[position]);
        return rows;
    }

    private static string? HiddenNote(int total, List<(int Rank, string Name, decimal Value)?> rows)
    {
        var shown = rows.Count(r => r is not null);
        return shown < total ? $"另有{total - shown}项未列出，完整数据见数据表。" : null;
    }

    private static void DrawRows(SvgWriter w, Rect content, ValueFormat format,
        List<(int Rank, string Name, decimal Value)?> rows, string? highlight, double nameWidth, int nameLines,
        double rowHeight)
    {
        var shown = rows.OfType<(int Rank, string Name, decimal Value)>().ToList();
        var rankWidth = shown.Max(r => Strong.Measure(r.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var valueWidth = shown.Max(r => Strong.Measure(format.FormatNumber(r.Value)));
        var rankRight = content.X + rankWidth;
        var nameRight = rankRight + Gap + nameWidth;
        var barLeft = nameRight + Gap;
        var barRight = content.Right - valueWidth - 6;
        var min = (double)Math.Min(0, shown.Min(r => r.Value));
        var max = (double)Math.Max(0, shown.Max(r => r.Value));
        if (max - min <= 0) max = min + 1;
        double X(double v) => barLeft + (v - min) / (max - min) * (barRight - barLeft);
        var zero = X(0);
        var barHeight = Math.Min(16, rowHeight * 0.6);

        for (var i = 0; i < rows.Count; i++)
        {
            var center = content.Y + (i + 0.5) * rowHeight;
            if (rows[i] is not { } row)
            {
                w.Text("⋯", rankRight, Label.BaselineFor(center), Label, Palette.Faint, Anchor.End);
                continue;
            }
            var strong = highlight is not null && row.Name == highlight;
            var style = strong ? Strong : Label;
            var color = highlight is null || strong ? Palette.Primary : Palette.PrimaryLight;
            w.Text(row.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture), rankRight,
                style.BaselineFor(center), style, strong ? Palette.Ink : Palette.Muted, Anchor.End);
            var lines = TextFit.Wrap(row.Name, style, nameWidth, nameLines);
            var first = style.BaselineFor(center - (lines.Count - 1) * style.LineHeight / 2);
            w.TextLines(lines, nameRight, first, style, strong ? Palette.Ink : Palette.Text, Anchor.End);
            var end = X((double)row.Value);
            if (Math.Abs(end - zero) >= 0.5)
                w.Rect(Rect.FromEdges(Math.Min(zero, end), center - barHeight / 2, Math.Max(zero, end), center + barHeight / 2), color);
            var valueX = Math.Max(zero, end) + 5;
            w.Text(format.FormatNumber(row.Value), valueX, style.BaselineFor(center), style,
                strong ? Palette.Ink : Palette.Text);
        }
        if (min < 0) w.Line(zero, content.Y, zero, content.Y + rows.Count * rowHeight, Palette.Axis);
    }

    private static string Describe(IReadOnlyList<(int Rank, string Name, decimal Value)> ranked, string? highlight)
    {
        if (ranked.Count == 0) return "排名图，暂无数据。";
        var top = string.Join("；", ranked.Take(3).Select(r => $"第{r.Rank}名 {r.Name}"));
        var mine = highlight is not null && ranked.FirstOrDefault(r => r.Name == highlight) is { Name: not null } h
            ? $"突出显示：{h.Name}，第{h.Rank}名。"
            : "";
        return $"排名图，共{ranked.Count}项，按数值从高到低排列。{top}。{mine}";
    }
}
