namespace Analytics.Charts.Specs;

/// <summary>
/// Stages from first to last (signed → started → producing → in statistics), each bar as wide as
/// its value, with the conversion rate from the stage before and from the first stage.
/// </summary>
public sealed record FunnelChartSpec : ChartSpec
{
    /// <summary>The stages in order.</summary>
    public required IReadOnlyList<FunnelStage> Stages { get; init; }
}
