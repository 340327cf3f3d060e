using ScottPlot;

namespace Analytics.Charts.Plotting;

/// <summary>
/// Draws a chart's labels last, above every mark, in the order given: a label is left out where it
/// would cover a text already drawn (title, legend, another label), a mark it must keep clear of,
/// or leave the canvas. What a chart leaves out stays in its data table.
/// </summary>
internal sealed class LabelLayer(TextLog log) : IPlottable, IRenderLast
{
    private readonly List<(ChartLabel Label, Alignment Alignment)> labels = [];
    private readonly List<CoordinateRect> keepClear = [];
    private readonly List<(CoordinateLine Line, bool Soft)> keepClearLines = [];

    public bool IsVisible { get; set; } = true;
    public IAxes Axes { get; set; } = new Axes();
    public IEnumerable<LegendItem> LegendItems => LegendItem.None;

    /// <summary>Adds a label; earlier labels win over later ones.</summary>
    public void Add(ChartLabel label) => labels.Add((label, label.Style.Alignment));

    /// <summary>A mark (in data coordinates) that labels must not cover, e.g. a bar.</summary>
    public void KeepClear(CoordinateRect mark) => keepClear.Add(mark);

    /// <summary>
    /// A line segment (in data coordinates) that labels must not cover, e.g. a piece of a series. A soft
    /// one (a reference line) may be covered when no place is free of it; the label then gets a white ground.
    /// </summary>
    public void KeepClear(CoordinateLine segment, bool soft = false) => keepClearLines.Add((segment, soft));

    public AxisLimits GetAxisLimits() => AxisLimits.NoLimits;

    public void Render(RenderPack rp) { }

    public void RenderLast(RenderPack rp)
    {
        var canvas = rp.ScaledFigureRect.Contract(2);
        var marks = keepClear.Select(m => Normal(Axes.GetPixelRect(m))).ToList();
        var lines = keepClearLines.Select(l => (A: Axes.GetPixel(l.Line.Start), B: Axes.GetPixel(l.Line.End), l.Soft)).ToList();
        foreach (var (label, first) in labels)
        {
            var places = new[] { new LabelPlace(first, label.Offset, label.At) }.Concat(label.Fallbacks).ToList();
            var placed = false;
            foreach (var lenient in new[] { false, true })
            {
                foreach (var (alignment, offset, at) in places)
                {
                    var anchor = Axes.GetPixel(at ?? label.At);
                    if (label.FigureX is { } x) anchor = new Pixel(rp.ScaledFigureRect.Left + x, anchor.Y);
                    label.Style.Alignment = alignment;
                    var point = new Pixel(anchor.X + offset.X, anchor.Y + offset.Y);
                    var rect = TextLog.Measure(label.Style, label.Text, point, rp.Paint);
                    var inside = rect.Left >= canvas.Left && rect.Right <= canvas.Right && rect.Top >= canvas.Top && rect.Bottom <= canvas.Bottom;
                    var blocked = !inside || log.Collides(rect) || marks.Any(m => TextLog.Overlap(m, rect))
                        || lines.Any(l => (!lenient || !l.Soft) && Crosses(l.A, l.B, rect));
                    if (!label.Required && blocked) continue;
                    log.Draw(rp, label.Style, label.Text, point, ground: lenient && lines.Any(l => Crosses(l.A, l.B, rect)));
                    placed = true;
                    break;
                }
                if (placed || label.Required) break;
            }
        }
    }

    /// <summary>True when the segment from <paramref name="a"/> to <paramref name="b"/> passes through <paramref name="rect"/> (grown by 2 px).</summary>
    private static bool Crosses(Pixel a, Pixel b, PixelRect rect)
    {
        var grown = rect.Expand(2);
        var steps = Math.Max(2, (int)(Math.Abs(b.X - a.X) + Math.Abs(b.Y - a.Y)) / 2);
        for (var i = 0; i <= steps; i++)
        {
            var t = (float)i / steps;
            var x = a.X + t * (b.X - a.X);
            var y = a.Y + t * (b.Y - a.Y);
            if (x >= grown.Left && x <= grown.Right && y >= grown.Top && y <= grown.Bottom) return true;
        }
        return false;
    }

    private static PixelRect Normal(PixelRect r) =>
        new(Math.Min(r.Left, r.Right), Math.Max(r.Left, r.Right), Math.Max(r.Top, r.Bottom), Math.Min(r.Top, r.Bottom));
}
