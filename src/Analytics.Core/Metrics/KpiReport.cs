namespace Analytics.Core.Metrics;

/// <summary>The headline figures at an as-of date, for the whole jurisdiction or one region. Amounts in 亿元, ratios as fractions.</summary>
public sealed record KpiReport(
    DateOnly AsOf,
    DateOnly PeriodStart,
    string DataVersion,
    string Region,
    StageFigures Signed,
    StageFigures Started,
    ProducingFigures Producing,
    UnderConstructionFigures UnderConstruction,
    FundFigures Funds,
    double? StartRate,
    double? StatsRate,
    double? StartRatePrevious,
    double? StatsRatePrevious,
    double? IndustrialShare,
    IReadOnlyList<TargetFigure> Targets,
    RateCounts RateCounts);

/// <summary>Projects signed (or started) in the period: count, investment and counts by band; last year's; the differences; the YoY ratios.</summary>
public sealed record StageFigures(long Count, decimal Investment, IReadOnlyDictionary<string, long> AtLeast, StagePrevious Previous, StagePrevious Difference, StageYoy Yoy);

/// <summary>The same figures for the same period last year (or their differences).</summary>
public sealed record StagePrevious(long Count, decimal Investment, IReadOnlyDictionary<string, long> AtLeast);

/// <summary>(current − previous) / previous; null where previous is 0.</summary>
public sealed record StageYoy(double? Count, double? Investment, IReadOnlyDictionary<string, double?> AtLeast);

public sealed record ProducingFigures(long Count, decimal Investment, long PreviousCount, decimal PreviousInvestment);

/// <summary>Projects ≥ 1 亿元 under construction at the as-of date; outside province = 资金来源 省外资金.</summary>
public sealed record UnderConstructionFigures(long AtLeast1, long AtLeast1OutsideProvince, long PreviousAtLeast1);

/// <summary>实际到位资金, January to the as-of month, and last year's same months (亿元).</summary>
/// <param name="Projects">The distinct projects with funds in those months (public pages withhold figures built from fewer than 3).</param>
/// <param name="PreviousProjects">The same for last year's months.</param>
public sealed record FundFigures(decimal InPlace, decimal Previous, decimal Difference, double? Yoy, long Projects, long PreviousProjects);

/// <summary>A target's progress: completion = actual / target, schedule = share of the year elapsed, light = green/yellow/red.</summary>
/// <param name="Projects">The projects behind <paramref name="Actual"/>: the count itself, or the projects signed (签约总投资) or with funds (实际到位资金).</param>
public sealed record TargetFigure(string Region, string Indicator, decimal Target, decimal Actual, double? Completion, double Schedule, string Light, double? Gap, long Projects);
