namespace Analytics.Charts.Specs;

/// <summary>
/// Vertical stacked bars: each category's bar is split by series (e.g. investment by band per
/// region), or, with <see cref="Percent"/>, each bar is 100 % and segments are shares.
/// </summary>
public sealed record StackedBarChartSpec : ChartSpec
{
    /// <summary>Category labels along the x axis.</summary>
    public required IReadOnlyList<string> Categories { get; init; }

    /// <summary>The stacked series, bottom first.</summary>
    public required IReadOnlyList<ChartSeries> Series { get; init; }

    /// <summary>Each bar shows shares of its total (100 % stacked).</summary>
    public bool Percent { get; init; }

    /// <summary>The series are ordered bands (e.g. 1–10亿, 10–20亿 …): a light-to-dark blue ramp instead of member colours.</summary>
    public bool Ordinal { get; init; }

    /// <summary>Write each bar's total above it (not for 100 % stacks).</summary>
    public bool ShowTotals { get; init; } = true;

    /// <summary>Header of the category column in the data table.</summary>
    public string CategoryName { get; init; } = "类别";
}
