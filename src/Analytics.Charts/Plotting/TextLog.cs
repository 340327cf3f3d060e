using ScottPlot;

namespace Analytics.Charts.Plotting;

/// <summary>
/// Draws the texts that our panels and label layer place, and remembers each with its box, so that
/// a label is drawn only where no other text is, and tests can check boxes and glyphs. One per plot.
/// </summary>
internal sealed class TextLog
{
    private readonly List<DrawnText> drawn = [];

    /// <summary>The texts of the last render, in drawing order.</summary>
    public IReadOnlyList<DrawnText> Drawn => drawn;

    /// <summary>Forgets the previous render's texts (ScottPlot may lay a plot out more than once).</summary>
    public void Clear() => drawn.Clear();

    /// <summary>The box <paramref name="text"/> would cover when drawn at <paramref name="at"/>.</summary>
    public static PixelRect Measure(LabelStyle style, string text, Pixel at, Paint paint)
    {
        var measured = style.Measure(text, paint);
        // OffsetY only corrects where ScottPlot puts the baseline (see ChartTheme): the box stays where it was measured.
        return measured.Rect(style.Alignment).WithDelta(at.X, at.Y);
    }

    /// <summary>True when <paramref name="rect"/> overlaps a text already drawn.</summary>
    public bool Collides(PixelRect rect) => drawn.Any(d => Overlap(d.Rect, rect));

    /// <summary>Draws <paramref name="text"/> and records it; with <paramref name="ground"/>, on white that hides a line beneath.</summary>
    public PixelRect Draw(RenderPack rp, LabelStyle style, string text, Pixel at, bool ground = false)
    {
        var rect = Measure(style, text, at, rp.Paint);
        if (ground) Drawing.FillRectangle(rp.Canvas, rect.Contract(0, 2), rp.Paint, new FillStyle { Color = Colors.White });
        style.Render(rp.Canvas, at, rp.Paint, text);
        drawn.Add(new DrawnText(text, rect, style.Font?.FamilyName ?? style.FontName));
        return rect;
    }

    /// <summary>Records a text ScottPlot drew itself (a tick label).</summary>
    public void Record(DrawnText text) => drawn.Add(text);

    /// <summary>True when two boxes share any area (touching edges do not count).</summary>
    public static bool Overlap(PixelRect a, PixelRect b) =>
        a.Left < b.Right - 0.5f && b.Left < a.Right - 0.5f && a.Top < b.Bottom - 0.5f && b.Top < a.Bottom - 0.5f;
}
