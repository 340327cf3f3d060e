namespace Analytics.Charts.Plotting;

/// <summary>One entry of a chart's legend: a series name, its colour (#RRGGBB) and how its mark looks.</summary>
internal sealed record LegendEntry(string Name, string Color, LegendMark Mark = LegendMark.Box);
