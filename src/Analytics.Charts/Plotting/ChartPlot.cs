using Analytics.Charts.Specs;
using ScottPlot;
using SkiaSharp;

namespace Analytics.Charts.Plotting;

/// <summary>
/// A ScottPlot plot in our theme with the frame of every chart: the header (title, legend, unit),
/// the footer (notes) and the label layer; it records each text it draws. One per render: plots are
/// not shared between threads.
/// </summary>
internal sealed class ChartPlot
{
    /// <summary>A bare plot: no title, legend or notes (a sparkline).</summary>
    public ChartPlot(int width, int height)
    {
        Width = width;
        Height = height;
        Plot = ChartTheme.NewPlot();
        Labels = new LabelLayer(Log);
        Plot.RenderManager.RenderStarting += (_, rp) =>
        {
            Log.Clear();
            RecordTicks(rp);
        };
    }

    /// <summary>A plot in the chart frame: title, legend and unit above, notes below.</summary>
    public ChartPlot(ChartSpec spec, int width, int height, IReadOnlyList<LegendEntry> legend, string? unit, IEnumerable<string?> notes)
        : this(width, height)
    {
        var title = spec.ShowTitle ? TextFit.Clean(spec.Title) : null;
        header = new HeaderPanel(title, legend.Select(e => e with { Name = TextFit.Clean(e.Name) }).ToList(),
            unit is null ? null : "单位：" + unit, width, Log);
        footer = new FooterPanel(notes.OfType<string>().Select(TextFit.Clean).Where(n => n.Length > 0), width, Log);
        Plot.Axes.AddPanel(header);
        Plot.Axes.AddPanel(footer);
        Plot.Axes.Left.MinimumSize = ChartTheme.Margin;
        Plot.Axes.Right.MinimumSize = ChartTheme.Margin;
    }

    private readonly HeaderPanel? header;
    private readonly FooterPanel? footer;

    /// <summary>
    /// Lays the plot out without scales: the data area is the canvas between header and footer
    /// inside the margin, and one data unit is one px at 1× with the origin at the area's centre.
    /// Returns the area's width and height.
    /// </summary>
    public (float Width, float Height) UsePixelUnits()
    {
        ChartTheme.HideScales(Plot);
        var padding = new PixelPadding(ChartTheme.Margin, ChartTheme.Margin, footer?.Height ?? ChartTheme.Margin, header?.Height ?? ChartTheme.Margin);
        Plot.Layout.Fixed(padding);
        var w = Width - padding.Horizontal;
        var h = Height - padding.Vertical;
        Plot.Axes.SetLimits(-w / 2, w / 2, -h / 2, h / 2);
        return (w, h);
    }

    /// <summary>The ScottPlot plot: renderers add their marks to it.</summary>
    public Plot Plot { get; }

    /// <summary>Width in px at 1×.</summary>
    public int Width { get; }

    /// <summary>Height in px at 1×.</summary>
    public int Height { get; }

    /// <summary>The texts drawn by the last render.</summary>
    public TextLog Log { get; } = new();

    /// <summary>Value labels and other texts placed at data points.</summary>
    public LabelLayer Labels { get; }

    /// <summary>The chart as PNG bytes at <paramref name="scale"/> device pixels per px.</summary>
    public byte[] Png(double scale)
    {
        Finish();
        Plot.ScaleFactor = scale;
        using var image = Image(Scaled(Width, scale), Scaled(Height, scale));
        return PngFile.Encode(image);
    }

    /// <summary>Renders once in memory at 1× so that <see cref="Log"/> holds every text and its box.</summary>
    public void Layout()
    {
        Plot.ScaleFactor = 1;
        using var image = Image(Width, Height);
    }

    private bool finished;

    private void Finish()
    {
        if (finished) return;
        finished = true;
        Plot.Add.Plottable(Labels);
    }

    /// <summary>The plot rendered onto an opaque surface of <paramref name="width"/> × <paramref name="height"/> device pixels.</summary>
    internal SKImage Image(int width, int height)
    {
        Finish();
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque))
            ?? throw new InvalidOperationException($"No drawing surface of {width} × {height} px.");
        RenderOnce(surface.Canvas, width, height);
        return surface.Snapshot();
    }

    /// <summary>
    /// One pass of ScottPlot's render actions. Its own render loop draws a new plot twice: the first render of a plot
    /// always reports changed axis limits, which asks for another. Every renderer sets its limits before drawing, so one
    /// pass draws the final picture, in half the time.
    /// </summary>
    private void RenderOnce(SKCanvas canvas, int width, int height)
    {
        lock (Plot.Sync)
        {
            canvas.Scale((float)Plot.ScaleFactor);
            using var rp = new RenderPack(Plot, new PixelRect(0, width, height, 0), canvas);
            foreach (var action in Plot.RenderManager.RenderActions)
            {
                rp.CanvasState.Save();
                action.Render(rp);
                rp.CanvasState.RestoreAll();
            }
        }
    }

    private static int Scaled(int px, double scale) => Math.Max(1, (int)Math.Round(px * scale));

    private void RecordTicks(RenderPack rp)
    {
        foreach (var axis in new IAxis[] { Plot.Axes.Bottom, Plot.Axes.Left })
        {
            if (!axis.IsVisible || !axis.TickLabelStyle.IsVisible) continue;
            foreach (var tick in axis.TickGenerator.Ticks)
            {
                if (!tick.IsMajor || string.IsNullOrWhiteSpace(tick.Label)) continue;
                var position = axis.GetPixel(tick.Position, rp.DataRect);
                var style = axis.TickLabelStyle;
                var (at, alignment) = axis.Edge == Edge.Bottom
                    ? (new Pixel(position, rp.DataRect.Bottom + 2 + axis.MajorTickStyle.Length), Alignment.UpperCenter)
                    : (new Pixel(rp.DataRect.Left - 5 - axis.MajorTickStyle.Length, position), Alignment.MiddleRight);
                var size = style.Measure(tick.Label, rp.Paint);
                var rect = size.Rect(alignment).WithDelta(at.X, at.Y);
                Log.Record(new DrawnText(tick.Label, rect, style.Font?.FamilyName ?? style.FontName));
            }
        }
    }
}
