namespace Analytics.Core.Tests.Metrics.HandBuilt;

/// <summary>The monthly series of <see cref="HandLedger"/>: January to the as-of month, this year and last, per month and cumulative.</summary>
public sealed class MonthlyTests
{
    private static List<(long Year, long Month, long Signed, decimal Investment, long Started, decimal Funds)> Series(DateOnly asOf) =>
        HandLedgerSetup.Version.Rows("monthly", asOf)
            .Select(r => (Cells.Long(r["year"]), Cells.Long(r["month"]), Cells.Long(r["signed_ge1"]),
                Cells.Decimal(r["signed_investment"]), Cells.Long(r["started_ge1"]), Cells.Decimal(r["funds"])))
            .ToList();

    private static List<(long Signed, decimal Investment, long Started, decimal Funds)> Cumulative(DateOnly asOf) =>
        HandLedgerSetup.Version.Rows("monthly", asOf)
            .Select(r => (Cells.Long(r["signed_ge1_cumulative"]), Cells.Decimal(r["signed_investment_cumulative"]),
                Cells.Long(r["started_ge1_cumulative"]), Cells.Decimal(r["funds_cumulative"])))
            .ToList();

    [Test]
    public void Months_of_this_year_and_last_hold_the_signings_starts_and_funds_of_each_month()
    {
        Assert.That(Series(HandLedger.AsOf), Is.EqualTo(new[]
        {
            // 2020: signed ≥1 P14 (Jan), P10 (29 Feb), P11 (Mar), P12 (30 Jun); P17 (May) is 0.99 but counts in the investment.
            // Started ≥1: P14 (Feb), P11 (May), P10 (30 Jun). Funds: P14 Jan 2, P11 Apr 5, P17 Jun 3.
            (2020L, 1L, 1L, 2m, 0L, 2m),
            (2020L, 2L, 1L, 10m, 1L, 0m),
            (2020L, 3L, 1L, 30m, 0L, 0m),
            (2020L, 4L, 0L, 0m, 0L, 5m),
            (2020L, 5L, 0L, 0.99m, 1L, 0m),
            (2020L, 6L, 1L, 5m, 1L, 3m),
            // 2021: signed ≥1 P08 P01 (Jan), P02 P16 (Feb), P05 (Mar), P06 (May), P03 (30 Jun); P04 (Apr) is 0.5.
            // Started ≥1: P09 (Jan), P08 (Feb), P01 (Mar), P05 (Apr), P06 P02 (Jun); P04 (May) is 0.5.
            // Funds: Jan 10, Feb 6, Mar 4, Apr 7, May 7.44, Jun 4.1 + 8.45.
            (2021L, 1L, 2L, 110m, 1L, 10m),
            (2021L, 2L, 2L, 26m, 1L, 6m),
            (2021L, 3L, 1L, 20m, 1L, 4m),
            (2021L, 4L, 0L, 0.5m, 1L, 7m),
            (2021L, 5L, 1L, 100m, 0L, 7.44m),
            (2021L, 6L, 1L, 10m, 2L, 12.55m),
        }));
    }

    [Test]
    public void Cumulative_columns_add_up_from_January_within_each_year()
    {
        Assert.That(Cumulative(HandLedger.AsOf), Is.EqualTo(new[]
        {
            (1L, 2m, 0L, 2m), (2L, 12m, 1L, 2m), (3L, 42m, 1L, 2m), (3L, 42m, 1L, 7m), (3L, 42.99m, 2L, 7m), (4L, 47.99m, 3L, 10m),
            (2L, 110m, 1L, 10m), (4L, 136m, 2L, 16m), (5L, 156m, 3L, 20m), (5L, 156.5m, 4L, 27m), (6L, 256.5m, 4L, 34.44m), (7L, 266.5m, 6L, 46.99m),
        }));
    }

    [Test]
    public void The_as_of_month_counts_projects_to_the_as_of_day_and_last_year_to_the_same_day()
    {
        // As of 2021-02-28: February 2021 has P02 (10th) and P16 (28th); February 2020 is cut at the 28th, so P10 (29th) is out.
        var series = Series(new DateOnly(2021, 2, 28));
        Assert.That(series.Select(r => (r.Year, r.Month, r.Signed)), Is.EqualTo(new[] { (2020L, 1L, 1L), (2020L, 2L, 0L), (2021L, 1L, 2L), (2021L, 2L, 2L) }));
        // As of 2021-02-27, P16 (28th) is not yet signed.
        Assert.That(Series(new DateOnly(2021, 2, 27))[3].Signed, Is.EqualTo(1));
    }
    [Test]
    public void Funds_projects_count_projects_per_month_and_distinct_projects_to_date()
    {
        // 2021: Jan P01, Feb P05, Mar P02, Apr P08, May P10, Jun P01 and P06: P01 comes back in June, so 6 distinct, not 7.
        var rows = HandLedgerSetup.Version.Rows("monthly", HandLedger.AsOf).Where(r => Cells.Long(r["year"]) == 2021).ToList();
        Assert.That(rows.Select(r => Cells.Long(r["funds_projects"])), Is.EqualTo(new long[] { 1, 1, 1, 1, 1, 2 }));
        Assert.That(rows.Select(r => Cells.Long(r["funds_projects_cumulative"])), Is.EqualTo(new long[] { 1, 2, 3, 4, 5, 6 }));
        // Signed projects of any size behind signed_investment: P01 P08 | P02 P16 | P05 | P04 | P06 | P03.
        Assert.That(rows.Select(r => Cells.Long(r["signed_count"])), Is.EqualTo(new long[] { 2, 2, 1, 1, 1, 1 }));
    }

    [Test]
    public void Monthly_members_hold_each_region_s_series()
    {
        // 东区 2021 funds: P01 Jan 10, P02 Mar 4, P01 Jun 4.1; distinct projects to date 1, 1, 2, 2, 2, 2.
        var rows = HandLedgerSetup.Version.Rows("monthly_members", HandLedger.AsOf)
            .Where(r => (string)r["member"]! == "东区" && Cells.Long(r["year"]) == 2021).ToList();
        Assert.That(rows.Select(r => Cells.Decimal(r["funds"])), Is.EqualTo(new[] { 10m, 0m, 4m, 0m, 0m, 4.1m }));
        Assert.That(rows.Select(r => Cells.Long(r["funds_projects_cumulative"])), Is.EqualTo(new long[] { 1, 1, 2, 2, 2, 2 }));
    }
}
