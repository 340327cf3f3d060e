namespace Analytics.Core.Tests.Metrics.HandBuilt;

/// <summary>The funnel of <see cref="HandLedger"/>: the projects signed 2021-01-01…06-30 and how far they got by 06-30.</summary>
public sealed class FunnelTests
{
    private static IReadOnlyList<(string Dimension, string Member, long Signed, long Started, long Producing, long InStats)> Funnel() =>
        HandLedgerSetup.Version.Rows("funnel", HandLedger.AsOf)
            .Select(r => ((string)r["dimension"]!, (string)r["member"]!, Cells.Long(r["signed"]), Cells.Long(r["started"]),
                Cells.Long(r["producing"]), Cells.Long(r["in_stats"])))
            .OrderBy(r => r.Item1, StringComparer.Ordinal).ThenBy(r => r.Item2, StringComparer.Ordinal)
            .ToList();

    [Test]
    public void Funnel_follows_the_period_signings_by_every_dimension()
    {
        // Signed: P01 P02 P03 P04 P05 P06 P08 P16 = 8. Started by 06-30: all but P03 and P16 = 6 (P02 on the day, P06 terminated
        // later). Producing: P05 = 1. In statistics: P01, P05 = 2. 北区 signed nothing: no row.
        Assert.That(Funnel(), Is.EqualTo(new[]
        {
            ("all", "全市", 8L, 6L, 1L, 2L),
            ("fund_source", "外资", 2L, 2L, 0L, 0L),          // P04, P08
            ("fund_source", "本地资金", 2L, 1L, 1L, 1L),      // P03, P05
            ("fund_source", "省外资金", 4L, 3L, 0L, 1L),      // P01, P02, P06, P16
            ("industry_chain", "新能源汽车", 5L, 4L, 1L, 2L), // P01, P02, P05, P08, P16
            ("industry_chain", "生物医药", 2L, 1L, 0L, 0L),   // P03, P06
            ("industry_chain", "高端装备制造", 1L, 1L, 0L, 0L), // P04
            ("region", "东区", 4L, 3L, 0L, 1L),               // P01, P02, P03, P04
            ("region", "南区", 2L, 1L, 0L, 0L),               // P08, P16
            ("region", "西区", 2L, 2L, 1L, 1L),               // P05, P06
        }));
    }

    [Test]
    public void Funnel_rates_are_fractions_of_the_signed_count()
    {
        var city = HandLedgerSetup.Version.Rows("funnel", HandLedger.AsOf).Single(r => (string)r["dimension"]! == "all");
        Assert.That(Cells.Double(city["started_rate"]), Is.EqualTo(0.75).Within(1e-12));
        Assert.That(Cells.Double(city["producing_rate"]), Is.EqualTo(0.125).Within(1e-12));
        Assert.That(Cells.Double(city["in_stats_rate"]), Is.EqualTo(0.25).Within(1e-12));
    }
}
