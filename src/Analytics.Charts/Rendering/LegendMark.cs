namespace Analytics.Charts.Rendering;

/// <summary>The swatch drawn before a legend label, matching how the series is drawn.</summary>
internal enum LegendMark
{
    Square,
    Line,
    DashedLine,
}
