using Analytics.Charts.Theme;
using ScottPlot;
using Palette = Analytics.Charts.Theme.Palette;

namespace Analytics.Charts.Plotting;

/// <summary>The panel under the data area, across the whole canvas: notes, each wrapped to the width (up to three lines).</summary>
internal sealed class FooterPanel : IPanel
{
    private const float Gap = 6;
    private readonly IReadOnlyList<string> lines;
    private readonly TextLog log;
    private readonly float lineHeight = TextFit.LineHeight();

    public FooterPanel(IEnumerable<string> notes, float width, TextLog log)
    {
        this.log = log;
        var room = width - 2 * ChartTheme.Margin;
        lines = notes.SelectMany(n => TextFit.Wrap(n, room, 3)).ToList();
    }

    public bool IsVisible { get; set; } = true;
    public float MinimumSize { get; set; }
    public float MaximumSize { get; set; } = float.MaxValue;
    public bool ShowDebugInformation { get; set; }
    public Edge Edge => Edge.Bottom;

    public float Measure(Paint paint) => Height;

    /// <summary>The panel's height in px at 1×.</summary>
    public float Height => (lines.Count == 0 ? 0 : Gap + lines.Count * lineHeight) + ChartTheme.Margin;

    public PixelRect GetPanelRect(PixelRect dataRect, float size, float offset, Paint paint) =>
        new(dataRect.Left, dataRect.Right, dataRect.Bottom + offset + size, dataRect.Bottom + offset);

    public void Render(RenderPack rp, float size, float offset)
    {
        var left = rp.ScaledFigureRect.Left + ChartTheme.Margin;
        var y = rp.DataRect.Bottom + offset + Gap;
        var style = ChartTheme.Text(color: Palette.Faint);
        foreach (var line in lines)
        {
            log.Draw(rp, style, line, new Pixel(left, y));
            y += lineHeight;
        }
    }
}
