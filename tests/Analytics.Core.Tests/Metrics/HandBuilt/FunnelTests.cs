namespace Analytics.Core.Tests.Metrics.HandBuilt;

/// <summary>
/// The funnel of <see cref="HandLedger"/>: the projects of ≥ 1 亿元 signed 2021-01-01…06-30 (the population of the start and
/// stats rates) and how far they got by 06-30, in the order 签约 → 开工 → 入统 → 投产.
/// </summary>
public sealed class FunnelTests
{
    private static IReadOnlyList<(string Dimension, string Member, long Signed, long Started, long InStats, long Producing)> Funnel() =>
        HandLedgerSetup.Version.Rows("funnel", HandLedger.AsOf)
            .Select(r => ((string)r["dimension"]!, (string)r["member"]!, Cells.Long(r["signed"]), Cells.Long(r["started"]),
                Cells.Long(r["in_stats"]), Cells.Long(r["producing"])))
            .OrderBy(r => r.Item1, StringComparer.Ordinal).ThenBy(r => r.Item2, StringComparer.Ordinal)
            .ToList();

    [Test]
    public void Funnel_follows_the_period_signings_of_at_least_1_yi_by_every_dimension()
    {
        // Signed ≥ 1 亿元: P01 P02 P03 P05 P06 P08 P16 = 7 (P04, 0.5 亿元, is outside the population). Started by 06-30: P01 P02
        // P05 P06 P08 = 5 (P02 on the day, P06 terminated later). In statistics: P01, P05 = 2. Producing: P05 = 1.
        // 北区 signed nothing; 高端装备制造 signed only P04: no rows.
        Assert.That(Funnel(), Is.EqualTo(new[]
        {
            ("all", "全市", 7L, 5L, 2L, 1L),
            ("fund_source", "外资", 1L, 1L, 0L, 0L),          // P08
            ("fund_source", "本地资金", 2L, 1L, 1L, 1L),      // P03, P05
            ("fund_source", "省外资金", 4L, 3L, 1L, 0L),      // P01, P02, P06, P16
            ("industry_chain", "新能源汽车", 5L, 4L, 2L, 1L), // P01, P02, P05, P08, P16
            ("industry_chain", "生物医药", 2L, 1L, 0L, 0L),   // P03, P06
            ("region", "东区", 3L, 2L, 1L, 0L),               // P01, P02, P03
            ("region", "南区", 2L, 1L, 0L, 0L),               // P08, P16
            ("region", "西区", 2L, 2L, 1L, 1L),               // P05, P06
        }));
    }

    [Test]
    public void Funnel_shares_are_fractions_of_the_signed_and_its_population_is_written()
    {
        var city = HandLedgerSetup.Version.Rows("funnel", HandLedger.AsOf).Single(r => (string)r["dimension"]! == "all");
        Assert.That(city["population"], Is.EqualTo("亿元以上项目"));
        Assert.That(Cells.Double(city["started_rate"]), Is.EqualTo(5 / 7.0).Within(1e-12));
        Assert.That(Cells.Double(city["in_stats_rate"]), Is.EqualTo(2 / 7.0).Within(1e-12));
        Assert.That(Cells.Double(city["producing_rate"]), Is.EqualTo(1 / 7.0).Within(1e-12));
    }

    [Test]
    public void Funnel_converts_between_stages_only_where_every_project_passed_both()
    {
        // P01 and P05 are in the statistics and started: 2 of the 5 started. P05, the one producing, is in the statistics.
        var city = HandLedgerSetup.Version.Rows("funnel", HandLedger.AsOf).Single(r => (string)r["dimension"]! == "all");
        Assert.That(Cells.Double(city["in_stats_from_started"]), Is.EqualTo(0.4).Within(1e-12));
        Assert.That(Cells.Double(city["producing_from_in_stats"]), Is.EqualTo(0.5).Within(1e-12));
    }
}
