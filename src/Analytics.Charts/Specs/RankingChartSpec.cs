namespace Analytics.Charts.Specs;

/// <summary>
/// Horizontal bars ranked by value, descending, with competition ranks (1, 2, 2, 4) and ties listed
/// by name. Names stand on the left (wrapped onto two lines or shortened with "…"), the rank before
/// them, the value after the bar.
/// </summary>
public sealed record RankingChartSpec : ChartSpec
{
    /// <summary>The members in any order.</summary>
    public required IReadOnlyList<RankingItem> Items { get; init; }

    /// <summary>A member drawn in the strong colour, the rest muted (e.g. the reader's own region).</summary>
    public string? Highlight { get; init; }

    /// <summary>Rows drawn at most; the rest are counted in a note (and always in the data table).</summary>
    public int MaxRows { get; init; } = 30;

    /// <summary>Header of the name column in the data table.</summary>
    public string NameHeader { get; init; } = "名称";
}
