namespace Analytics.Charts.Specs;

/// <summary>
/// Progress bars against target: one row per member (one row makes a single gauge), the schedule
/// (share of the year elapsed) as a marker across all rows, and each row's traffic light as colour,
/// shape and word (绿牌 ● / 黄牌 ▲ / 红牌 ◆).
/// </summary>
public sealed record GaugeChartSpec : ChartSpec
{
    /// <summary>The rows, drawn in this order.</summary>
    public required IReadOnlyList<GaugeRow> Rows { get; init; }

    /// <summary>Share of the year elapsed at the as-of date (时序进度), a fraction 0–1.</summary>
    public required decimal Schedule { get; init; }

    /// <summary>Header of the name column in the data table.</summary>
    public string NameHeader { get; init; } = "名称";
}
