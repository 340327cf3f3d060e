using ScottPlot;

namespace Analytics.Charts.Plotting;

/// <summary>
/// A text placed at a data point (a value above a bar, a share beside a slice), offset by px. With
/// <see cref="FigureX"/> the horizontal place is px from the canvas's left edge instead (a rank column).
/// </summary>
internal sealed record ChartLabel(string Text, Coordinates At, LabelStyle Style)
{
    /// <summary>Offset in px at 1×, right and down.</summary>
    public PixelOffset Offset { get; init; }

    /// <summary>Px from the canvas's left edge, overriding the x of <see cref="At"/>.</summary>
    public float? FigureX { get; init; }

    /// <summary>Other places to try, in order, where the first would collide: an alignment and an offset each.</summary>
    public IReadOnlyList<LabelPlace> Fallbacks { get; init; } = [];

    /// <summary>Drawn even where it would overlap another text (titles of a mark, e.g. a donut's total).</summary>
    public bool Required { get; init; }
}
