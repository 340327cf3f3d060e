namespace Analytics.Core.Tests.Metrics.HandBuilt;

/// <summary>Activities by region and type, and the investor-type shares of the signings, of <see cref="HandLedger"/> as of 2021-06-30.</summary>
public sealed class ActivityAndShareTests
{
    [Test]
    public void Activities_are_counted_by_region_and_type_this_period_and_last()
    {
        // 东区 外出招商: 2 (01-05) + 1 (06-30) this year, 4 (2020-06-30) last; 07-01 rows fall outside both periods.
        // 东区 来访接待 3; 西区 推介会 1; 南区 拜访企业 only last year (2). 北区 held none: no row.
        var rows = HandLedgerSetup.Version.Rows("activity_counts", HandLedger.AsOf)
            .Select(r => ((string)r["region"]!, (string)r["activity_type"]!, Cells.Long(r["activities"]), Cells.Long(r["activities_prev"])));
        Assert.That(rows, Is.EqualTo(new[]
        {
            ("东区", "外出招商", 3L, 4L),
            ("东区", "来访接待", 3L, 0L),
            ("南区", "拜访企业", 0L, 2L),
            ("西区", "推介会", 1L, 0L),
        }));
    }

    [Test]
    public void Investor_type_shares_split_the_period_signings()
    {
        // 8 signings, 266.5 亿元: 民营 P01 P03 P06 = 3, 170; 外资 P04 P08 = 2, 50.5; 地方国企 P05 = 1, 20; 央企 P02 = 1, 25;
        // 未填 (left empty) P16 = 1, 1. Ordered by count, then name (地 U+5730 < 央 U+592E < 未 U+672A).
        var rows = HandLedgerSetup.Version.Rows("investor_shares", HandLedger.AsOf);
        Assert.That(rows.Select(r => ((string)r["investor_type"]!, Cells.Long(r["projects"]), Cells.Decimal(r["investment"]))), Is.EqualTo(new[]
        {
            ("民营", 3L, 170m), ("外资", 2L, 50.5m), ("地方国企", 1L, 20m), ("央企", 1L, 25m), ("未填", 1L, 1m),
        }));
        Assert.That(rows.Select(r => Cells.Double(r["project_share"])), Is.EqualTo(new[] { 0.375, 0.25, 0.125, 0.125, 0.125 }).Within(1e-12));
        Assert.That(rows.Select(r => Cells.Double(r["investment_share"])),
            Is.EqualTo(new[] { 170 / 266.5, 50.5 / 266.5, 20 / 266.5, 25 / 266.5, 1 / 266.5 }).Within(1e-12));
    }
}
