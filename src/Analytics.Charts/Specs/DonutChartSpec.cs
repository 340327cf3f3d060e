namespace Analytics.Charts.Specs;

/// <summary>
/// A ring of shares (e.g. funds by source), clockwise from twelve o'clock in the given order, the
/// total in the middle, each slice labelled outside with its name, value and share. Zero and
/// negative values are left out of the ring (they stay in the data table).
/// </summary>
public sealed record DonutChartSpec : ChartSpec
{
    /// <summary>The slices, drawn in this order.</summary>
    public required IReadOnlyList<DonutSlice> Slices { get; init; }

    /// <summary>Slices drawn at most; the smallest beyond are merged into one "其他" slice.</summary>
    public int MaxSlices { get; init; } = 8;

    /// <summary>Label of the merged slice.</summary>
    public string OtherLabel { get; init; } = "其他";

    /// <summary>Words under the total in the middle.</summary>
    public string CenterLabel { get; init; } = "合计";

    /// <summary>Header of the name column in the data table.</summary>
    public string NameHeader { get; init; } = "名称";
}
