namespace Analytics.Charts.Specs;

/// <summary>
/// Vertical bars, one group per category. One series draws in the main blue; two are read as this
/// year and the same period last year (dark and light); three or more take member colours.
/// </summary>
public sealed record BarChartSpec : ChartSpec
{
    /// <summary>Category labels along the x axis, e.g. region names.</summary>
    public required IReadOnlyList<string> Categories { get; init; }

    /// <summary>The series; each has one value per category.</summary>
    public required IReadOnlyList<ChartSeries> Series { get; init; }

    /// <summary>Header of the category column in the data table.</summary>
    public string CategoryName { get; init; } = "类别";

    /// <summary>Write values above the bars where they fit.</summary>
    public bool ShowValues { get; init; } = true;
}
