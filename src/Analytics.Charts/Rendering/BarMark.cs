using Analytics.Charts.Layout;

namespace Analytics.Charts.Rendering;

/// <summary>A drawn bar: its box, the series it belongs to and its value.</summary>
internal sealed record BarMark(Rect Box, int Series, double Value);
