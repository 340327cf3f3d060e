namespace Analytics.Charts.Specs;

/// <summary>
/// A word-sized line (120 × 28 px by default) for a table cell or a digest sentence: no axes and
/// no title in the image (the title still names it for screen readers), the last point marked.
/// </summary>
public sealed record SparklineSpec : ChartSpec
{
    /// <summary>The values in order; null leaves a gap.</summary>
    public required IReadOnlyList<decimal?> Values { get; init; }

    /// <summary>Labels of the values for the data table (e.g. months); null: 1, 2, 3 …</summary>
    public IReadOnlyList<string>? Labels { get; init; }
}
