using Analytics.Charts;

namespace Analytics.Core.Dashboards.Blocks.Charts;

/// <summary>
/// What a model gives a chart: categories (members, months, stages), series of values, the unit, and for target
/// progress the targets and the schedule. Values withheld from the public are null by then.
/// </summary>
/// <param name="Dimension">The dimension the categories are members of (region, industry_chain, …), if any.</param>
internal sealed record ChartData(
    string Title,
    string CategoryName,
    string? Dimension,
    IReadOnlyList<string> Categories,
    IReadOnlyList<DataSeries> Series,
    ValueFormat Format)
{
    /// <summary>Yearly targets per category (gauge), in the chart's unit.</summary>
    public IReadOnlyList<decimal>? Targets { get; init; }

    /// <summary>Share of the year elapsed (gauge).</summary>
    public decimal? Schedule { get; init; }

    /// <summary>The series are ordered bands (stacked bars take a light-to-dark ramp).</summary>
    public bool Ordinal { get; init; }
}
