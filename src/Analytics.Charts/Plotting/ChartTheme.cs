using Analytics.Charts.Theme;
using ScottPlot;
using Palette = Analytics.Charts.Theme.Palette;
using SkiaSharp;

namespace Analytics.Charts.Plotting;

/// <summary>
/// The one place where ScottPlot is styled: the typeface (Noto Sans CJK SC, set on every label of a
/// plot and never as ScottPlot's process-wide default), text sizes at 1×, colours and the clean
/// business look (white, no frame, light horizontal grid, no tick marks).
/// </summary>
internal static class ChartTheme
{
    /// <summary>The family every text is drawn in; Debian's fonts-noto-cjk installs it.</summary>
    public const string FontFamily = "Noto Sans CJK SC";

    /// <summary>Title size in px at 1×.</summary>
    public const float TitleSize = 14;

    /// <summary>Labels, ticks, legend and notes in px at 1×.</summary>
    public const float TextSize = 12;

    /// <summary>Empty margin around the canvas in px at 1×: nothing is drawn in it.</summary>
    public const float Margin = 8;

    private static readonly Lazy<SKTypeface> RegularFace = new(() => Load(SKFontStyle.Normal));
    private static readonly Lazy<SKTypeface> BoldFace = new(() => Load(SKFontStyle.Bold));

    /// <summary>The regular face, loaded once and shared by every render (typefaces are immutable).</summary>
    public static SKTypeface Regular => RegularFace.Value;

    /// <summary>The bold face.</summary>
    public static SKTypeface Bold => BoldFace.Value;

    /// <summary>A ScottPlot colour from #RRGGBB.</summary>
    public static Color ColorOf(string hex) => Color.FromHex(hex);

    /// <summary>A label style in our typeface.</summary>
    public static LabelStyle Text(float size = TextSize, string color = Palette.Text, bool bold = false)
    {
        var style = new LabelStyle { ForeColor = ColorOf(color), AntiAliasText = true, SubpixelText = false };
        Use(style, size, bold);
        return style;
    }

    /// <summary>Sets our typeface and <paramref name="size"/> on <paramref name="style"/> (the family name as well, for anything that reads it).</summary>
    public static void Use(LabelStyle style, float size, bool bold = false)
    {
        style.FontName = FontFamily;
        style.Font = bold ? Bold : Regular;
        style.Bold = false; // the face is bold already; ScottPlot's flag would embolden it again
        style.FontSize = size;
        style.OffsetY = BaselineCorrection(size, bold);
    }

    /// <summary>
    /// ScottPlot puts a label's baseline above the bottom of its box by the font's lowest glyph
    /// extent (its bounding box), which for Noto Sans CJK is far below the usual descent, so text
    /// would sit high and overflow its box at the top. Moving it down by the difference puts the
    /// baseline where the box (ascent + descent) expects it.
    /// </summary>
    private static float BaselineCorrection(float size, bool bold) => Corrections.GetOrAdd((size, bold), key =>
    {
        using var font = new SKFont(key.Bold ? Bold : Regular, key.Size);
        font.GetFontMetrics(out var metrics);
        return metrics.Bottom - metrics.Descent;
    });

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(float Size, bool Bold), float> Corrections = new();

    /// <summary>
    /// A plot with the theme applied: white, no frame, no tick marks, light horizontal grid, our
    /// typeface on the axes and ticks, ScottPlot's own title and legend off (the frame draws them).
    /// </summary>
    public static Plot NewPlot()
    {
        var plot = new Plot();
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.Transparent;
        plot.Legend.IsVisible = false;
        plot.Axes.Title.IsVisible = false;
        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.FrameLineStyle.Width = 0;
            axis.MajorTickStyle.Length = 0;
            axis.MinorTickStyle.Length = 0;
            Use(axis.Label, TextSize);
            axis.Label.ForeColor = ColorOf(Palette.Muted);
            Use(axis.TickLabelStyle, TextSize);
            axis.TickLabelStyle.ForeColor = ColorOf(Palette.Muted);
            axis.TickLabelStyle.SubpixelText = false;
        }
        plot.Axes.Top.IsVisible = false;
        plot.Axes.Right.IsVisible = false;
        plot.Grid.MajorLineColor = ColorOf(Palette.Grid);
        plot.Grid.MajorLineWidth = 1;
        plot.Grid.XAxisStyle.IsVisible = false;
        plot.Grid.YAxisStyle.MinorLineStyle.Width = 0;
        plot.Grid.XAxisStyle.MinorLineStyle.Width = 0;
        return plot;
    }

    /// <summary>Hides both axes (their ticks and labels) and the grid, for charts drawn without scales.</summary>
    public static void HideScales(Plot plot)
    {
        plot.Grid.IsVisible = false;
        plot.Axes.Left.IsVisible = false;
        plot.Axes.Bottom.IsVisible = false;
    }

    private static SKTypeface Load(SKFontStyle style)
    {
        var face = SKTypeface.FromFamilyName(FontFamily, style);
        if (face is null || face.FamilyName != FontFamily)
            throw new InvalidOperationException(
                $"The chart font {FontFamily} is not installed (Debian package fonts-noto-cjk); found {face?.FamilyName ?? "none"}.");
        return face;
    }
}
