namespace Analytics.Charts.Plotting;

/// <summary>A slice as drawn: its name, value, colour (#RRGGBB), and whether it is the merged "其他".</summary>
internal sealed record DonutSliceMark(string Name, double Value, string Color, bool IsOther);
