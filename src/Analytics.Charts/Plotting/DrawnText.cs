using ScottPlot;

namespace Analytics.Charts.Plotting;

/// <summary>A text drawn on a chart and the box it covers, in px at 1× from the canvas's top left.</summary>
/// <param name="Text">The text as drawn.</param>
/// <param name="Rect">Its box.</param>
/// <param name="Typeface">The family it was drawn in.</param>
internal sealed record DrawnText(string Text, PixelRect Rect, string Typeface);
