namespace Analytics.Charts.Rendering;

/// <summary>One legend entry.</summary>
internal sealed record LegendItem(string Label, string Color, LegendMark Mark = LegendMark.Square);
