namespace Analytics.Core.Dashboards;

/// <summary>
/// A <see cref="Metrics.KpiReport"/> as a viewer may see it: the same shape and names (so it serializes to the same
/// JSON), with every figure a public viewer may not see set to null. Null also means "no value" (a YoY against 0);
/// <paramref name="Suppressed"/> lists the paths of the figures withheld, e.g. <c>signed.previous.atLeast.100</c>,
/// <c>funds.yoy</c>, <c>targets[3].actual</c>. Amounts in 亿元, ratios as fractions.
/// </summary>
public sealed record DisclosedKpiReport(
    DateOnly AsOf,
    DateOnly PeriodStart,
    string DataVersion,
    string Region,
    DisclosedStage Signed,
    DisclosedStage Started,
    DisclosedProducing Producing,
    DisclosedUnderConstruction UnderConstruction,
    DisclosedFunds Funds,
    double? StartRate,
    double? StatsRate,
    double? StartRatePrevious,
    double? StatsRatePrevious,
    double? IndustrialShare,
    IReadOnlyList<DisclosedTarget> Targets,
    IReadOnlyList<string> Suppressed);
