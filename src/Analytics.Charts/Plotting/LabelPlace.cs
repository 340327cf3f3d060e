using ScottPlot;

namespace Analytics.Charts.Plotting;

/// <summary>Another place a label may stand: its alignment, an offset in px, and a data point other than the label's own.</summary>
internal readonly record struct LabelPlace(Alignment Alignment, PixelOffset Offset, Coordinates? At = null);
