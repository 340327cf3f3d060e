using Analytics.Core.Ingest;

namespace Analytics.Core.Tests.Demo;

/// <summary>
/// The metric definitions of domain.md, written from the text and independently of the generator:
/// the period is 1 January to the as-of date; funds count for the months January to the as-of month.
/// </summary>
internal sealed class LedgerMetrics(IReadOnlyList<ProjectRecord> projects, IReadOnlyList<FundRecord> funds)
{
    private readonly Dictionary<string, ProjectRecord> _byId = projects.ToDictionary(p => p.ProjectId);

    /// <summary>The same day one year earlier (29 February becomes 28 February).</summary>
    public static DateOnly SameDayLastYear(DateOnly asOf) => asOf.AddYears(-1);

    /// <summary>Projects of at least <paramref name="atLeast"/> 亿元 signed from 1 January to <paramref name="asOf"/>, terminated or not.</summary>
    public int Signed(DateOnly asOf, decimal atLeast = 1, string? region = null) =>
        projects.Count(p => p.Investment >= atLeast && InPeriod(p.SignedOn, asOf) && InRegion(p, region));

    public int Started(DateOnly asOf, decimal atLeast = 1, string? region = null) =>
        projects.Count(p => p.Investment >= atLeast && InPeriod(p.StartedOn, asOf) && InRegion(p, region));

    /// <summary>开工日期 ≤ D, 投产日期 empty or after D, not terminated.</summary>
    public int UnderConstruction(DateOnly asOf, decimal atLeast, string fundSource) =>
        projects.Count(p => p.Investment >= atLeast && p.FundSource == fundSource
            && p.StartedOn <= asOf && (p.ProducingOn is null || p.ProducingOn > asOf) && p.Status != "已终止");

    /// <summary>Sum of 实际到位资金 of January to the as-of month, in 亿元.</summary>
    public decimal FundsInPlace(DateOnly asOf, string? region = null) =>
        funds.Where(f => f.Month.Year == asOf.Year && f.Month.Month <= asOf.Month && InRegion(_byId[f.ProjectId], region))
            .Sum(f => f.Amount);

    /// <summary>Sum of 协议总投资 of every project signed in the period, in 亿元.</summary>
    public decimal SignedInvestment(DateOnly asOf, string? region = null) =>
        projects.Where(p => InPeriod(p.SignedOn, asOf) && InRegion(p, region)).Sum(p => p.Investment);

    /// <summary>Among projects of at least 1 亿元 signed in the period: how many had started by the as-of date.</summary>
    public int SignedAndStarted(DateOnly asOf) =>
        projects.Count(p => p.Investment >= 1 && InPeriod(p.SignedOn, asOf) && p.StartedOn <= asOf);

    public int SignedAndInStats(DateOnly asOf) =>
        projects.Count(p => p.Investment >= 1 && InPeriod(p.SignedOn, asOf) && p.InStatsOn <= asOf);

    /// <summary>A share as a percentage rounded to one decimal, as briefings print it.</summary>
    public static decimal Percent(decimal part, decimal whole) => Math.Round(part / whole * 100, 1, MidpointRounding.AwayFromZero);

    /// <summary>green where completion ≥ schedule, yellow where completion ≥ schedule − 0.10, else red.</summary>
    public static string Light(decimal actual, decimal target, DateOnly asOf)
    {
        var schedule = (double)asOf.DayOfYear / (DateTime.IsLeapYear(asOf.Year) ? 366 : 365);
        var completion = (double)(actual / target);
        return completion >= schedule ? "green" : completion >= schedule - 0.10 ? "yellow" : "red";
    }

    private static bool InPeriod(DateOnly? date, DateOnly asOf) => date >= new DateOnly(asOf.Year, 1, 1) && date <= asOf;

    private static bool InRegion(ProjectRecord project, string? region) => region is null || project.Region == region;
}
