namespace Analytics.Core.Demo;

/// <summary>
/// How the projects entered in one year (a cohort, whose ids carry the year) are made: segments, and for
/// the calibrated years the number of projects from outside the province under construction at the
/// reference date and the exact funds the cohort brings in 1—11月 of given years.
/// </summary>
internal sealed record CohortPlan
{
    public required int Year { get; init; }

    public required IReadOnlyList<CohortSegment> Segments { get; init; }

    /// <summary>The date the reference outcomes are about (the calibrated as-of date), if any.</summary>
    public DateOnly? Reference { get; init; }

    /// <summary>Among projects of at least 1 亿元 under construction at <see cref="Reference"/>: how many have 资金来源 省外资金.</summary>
    public int? OutsideProvinceUnderConstruction { get; init; }

    /// <summary>Funds this cohort brings in January to November of a year, by year, exactly, in 亿元.</summary>
    public IReadOnlyDictionary<int, decimal> FundsJanuaryToNovember { get; init; } = new Dictionary<int, decimal>();

    /// <summary>A factor on the money projects bring, for cohorts without calibrated funds (in line with the calibrated years).</summary>
    public double FundScale { get; init; } = 1;

    public int Count => Segments.Sum(s => s.Count);
}
