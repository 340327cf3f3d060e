using Analytics.Charts.Theme;
using ScottPlot;
using Palette = Analytics.Charts.Theme.Palette;

namespace Analytics.Charts.Plotting;

/// <summary>
/// The panel above the data area, across the whole canvas: the title (bold, left, up to two lines),
/// then the legend entries in rows and the unit ("单位：亿元") at the right.
/// </summary>
internal sealed class HeaderPanel : IPanel
{
    private const float Gap = 4, MarkWidth = 14, MarkGap = 5, EntryGap = 14;
    private readonly IReadOnlyList<string> titleLines;
    private readonly IReadOnlyList<IReadOnlyList<LegendEntry>> legendRows;
    private readonly string? unit;
    private readonly TextLog log;
    private readonly float titleLine = TextFit.LineHeight(ChartTheme.TitleSize, bold: true);
    private readonly float textLine = TextFit.LineHeight();

    public HeaderPanel(string? title, IReadOnlyList<LegendEntry> legend, string? unit, float width, TextLog log)
    {
        this.log = log;
        this.unit = unit;
        var room = width - 2 * ChartTheme.Margin;
        titleLines = title is null ? [] : TextFit.Wrap(title, room, 2, ChartTheme.TitleSize, bold: true);
        var unitWidth = unit is null ? 0 : TextFit.Width(unit) + EntryGap;
        legendRows = Rows(legend, room - unitWidth);
    }

    public bool IsVisible { get; set; } = true;
    public float MinimumSize { get; set; }
    public float MaximumSize { get; set; } = float.MaxValue;
    public bool ShowDebugInformation { get; set; }
    public Edge Edge => Edge.Top;

    public float Measure(Paint paint) => Height;

    /// <summary>The panel's height in px at 1×.</summary>
    public float Height
    {
        get
        {
        var height = ChartTheme.Margin + titleLines.Count * titleLine;
        var rows = Math.Max(legendRows.Count, unit is null ? 0 : 1);
        if (rows > 0) height += Gap + rows * textLine;
        return height + 10;
        }
    }

    public PixelRect GetPanelRect(PixelRect dataRect, float size, float offset, Paint paint) =>
        new(dataRect.Left, dataRect.Right, dataRect.Top - offset, dataRect.Top - offset - size);

    public void Render(RenderPack rp, float size, float offset)
    {
        var left = rp.ScaledFigureRect.Left + ChartTheme.Margin;
        var right = rp.ScaledFigureRect.Right - ChartTheme.Margin;
        var y = rp.DataRect.Top - offset - size + ChartTheme.Margin;
        var title = ChartTheme.Text(ChartTheme.TitleSize, Palette.Ink, bold: true);
        foreach (var line in titleLines)
        {
            log.Draw(rp, title, line, new Pixel(left, y));
            y += titleLine;
        }
        if (legendRows.Count == 0 && unit is null) return;
        y += Gap;
        var text = ChartTheme.Text(color: Palette.Muted);
        if (unit is not null)
        {
            var unitStyle = ChartTheme.Text(color: Palette.Muted);
            unitStyle.Alignment = Alignment.UpperRight;
            log.Draw(rp, unitStyle, unit, new Pixel(right, y));
        }
        foreach (var row in legendRows)
        {
            var x = left;
            foreach (var entry in row)
            {
                DrawMark(rp, entry, x, y + textLine / 2);
                var rect = log.Draw(rp, text, entry.Name, new Pixel(x + MarkWidth + MarkGap, y));
                x = rect.Right + EntryGap;
            }
            y += textLine;
        }
    }

    private static void DrawMark(RenderPack rp, LegendEntry entry, float x, float middle)
    {
        var color = ChartTheme.ColorOf(entry.Color);
        if (entry.Mark == LegendMark.Box)
        {
            var box = new PixelRect(x + 2, x + 12, middle + 5, middle - 5);
            Drawing.FillRectangle(rp.Canvas, box, rp.Paint, new FillStyle { Color = color });
            return;
        }
        var pattern = entry.Mark == LegendMark.Dashed ? LinePattern.Dashed : LinePattern.Solid;
        Drawing.DrawLine(rp.Canvas, rp.Paint, new Pixel(x, middle), new Pixel(x + MarkWidth, middle), color, 2, true, pattern);
    }

    private static IReadOnlyList<IReadOnlyList<LegendEntry>> Rows(IReadOnlyList<LegendEntry> legend, float room)
    {
        var rows = new List<IReadOnlyList<LegendEntry>>();
        var row = new List<LegendEntry>();
        var used = 0f;
        foreach (var entry in legend)
        {
            var fitted = entry with { Name = TextFit.Shorten(entry.Name, room - MarkWidth - MarkGap) };
            var width = MarkWidth + MarkGap + TextFit.Width(fitted.Name) + EntryGap;
            if (row.Count > 0 && used + width - EntryGap > room)
            {
                rows.Add(row);
                row = [];
                used = 0;
            }
            row.Add(fitted);
            used += width;
        }
        if (row.Count > 0) rows.Add(row);
        return rows;
    }
}
