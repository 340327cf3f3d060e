namespace Analytics.Charts.Specs;

/// <summary>
/// Lines over ordered categories (months), e.g. the cumulative funds of this year and last. The
/// first series is this year: drawn strong, with the area under it shaded; others are thinner and
/// lighter. An optional target draws as a dashed line.
/// </summary>
public sealed record LineChartSpec : ChartSpec
{
    /// <summary>Labels along the x axis, e.g. "1月" … "12月".</summary>
    public required IReadOnlyList<string> Categories { get; init; }

    /// <summary>The series, each with one value per category (null: not yet known).</summary>
    public required IReadOnlyList<ChartSeries> Series { get; init; }

    /// <summary>A target value drawn as a dashed horizontal line.</summary>
    public decimal? Target { get; init; }

    /// <summary>The label of the target line.</summary>
    public string TargetLabel { get; init; } = "目标";

    /// <summary>Shade the area under the first series.</summary>
    public bool Area { get; init; } = true;

    /// <summary>Header of the category column in the data table.</summary>
    public string CategoryName { get; init; } = "月份";
}
