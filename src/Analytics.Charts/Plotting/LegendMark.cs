namespace Analytics.Charts.Plotting;

/// <summary>The small mark before a legend entry's name.</summary>
internal enum LegendMark
{
    /// <summary>A filled square, for bars and slices.</summary>
    Box,
    /// <summary>A short solid line, for lines.</summary>
    Line,
    /// <summary>A short dashed line, for a target.</summary>
    Dashed,
}
