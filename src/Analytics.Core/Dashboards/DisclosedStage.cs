using Analytics.Core.Metrics;

namespace Analytics.Core.Dashboards;

/// <summary>A <see cref="StageFigures"/> as disclosed: null where withheld (see <see cref="DisclosedKpiReport"/>).</summary>
public sealed record DisclosedStage(
    long? Count,
    decimal? Investment,
    IReadOnlyDictionary<string, long?> AtLeast,
    DisclosedStageFigures Previous,
    DisclosedStageFigures Difference,
    StageYoy Yoy);
