namespace Analytics.Charts.Rendering;

/// <summary>A donut slice's label: its lines, which side it stands on, the wanted and the final centre height.</summary>
internal sealed class DonutLabel
{
    public required int Slice { get; init; }
    public required bool Right { get; init; }
    public required double Angle { get; init; }
    public required double IdealY { get; init; }
    public double Y { get; set; }
}
