namespace Analytics.Core.Tests.Metrics.HandBuilt;

/// <summary>
/// The same period last year around 29 February (domain.md: "1 January Y−1 to the same day of Y−1, 29 February becomes
/// 28 February"). P10 was signed on 2020-02-29, P14 on 2020-01-01, P16 on 2021-02-28.
/// </summary>
public sealed class LeapDayTests
{
    [Test]
    public void As_of_29_February_2020_the_period_includes_the_leap_day_and_last_year_ends_on_28_February()
    {
        var report = HandLedgerSetup.Version.Reader.Kpis(new DateOnly(2020, 2, 29));
        // P14 and P10; nothing in 2019-01-01…2019-02-28.
        Assert.That(report.Signed.Count, Is.EqualTo(2));
        Assert.That(report.Signed.Investment, Is.EqualTo(12m));
        Assert.That(report.Signed.Previous.Count, Is.EqualTo(0));
        Assert.That(report.Signed.Yoy.Count, Is.Null);
    }

    [Test]
    public void As_of_28_February_2021_last_year_ends_on_28_February_2020_without_the_leap_day_signing()
    {
        var report = HandLedgerSetup.Version.Reader.Kpis(new DateOnly(2021, 2, 28));
        // This year P08, P01, P02, P16 (on the day). Last year the same day, 2020-02-28: P14 only; P10 (29 Feb) is not yet in.
        Assert.That(report.Signed.Count, Is.EqualTo(4));
        Assert.That(report.Signed.Previous.Count, Is.EqualTo(1));
        Assert.That(report.Signed.Previous.Investment, Is.EqualTo(2m));
    }

    [Test]
    public void From_1_March_2021_the_29_February_2020_signing_counts_in_last_year()
    {
        var report = HandLedgerSetup.Version.Reader.Kpis(new DateOnly(2021, 3, 1));
        // Last year 2020-01-01…2020-03-01: P14 and P10.
        Assert.That(report.Signed.Previous.Count, Is.EqualTo(2));
        Assert.That(report.Signed.Previous.Investment, Is.EqualTo(12m));
    }

    [Test]
    public void Rankings_compare_with_the_same_day_last_year()
    {
        // As of 2021-02-28, signed ≥1: 南区 P08 P16 = 2, 东区 P01 P02 = 2, 北区 0, 西区 0. Last year (to 2020-02-28):
        // 东区 P14 = 1, others 0; 南区's P10 (29 Feb) would have tied it.
        var rows = HandLedgerSetup.Version.Reader.Rankings(new DateOnly(2021, 2, 28), "region", "signed_count");
        Assert.That(rows.Select(r => (r.Rank, r.Member, r.Value, r.PreviousValue, r.PreviousRank)), Is.EqualTo(new (long?, string, double?, double?, long?)[]
        {
            (1, "东区", 2, 1, 1), (1, "南区", 2, 0, 2), (3, "北区", 0, 0, 2), (3, "西区", 0, 0, 2),
        }));
    }
}
