using Analytics.Core.Metrics;

namespace Analytics.Core.Tests.Metrics.HandBuilt;

/// <summary>Rankings of <see cref="HandLedger"/> as of 2021-06-30 against 2020-06-30, computed by hand.</summary>
public sealed class RankingTests
{
    private static IReadOnlyList<RankingRow> Rank(string by, string metric) => HandLedgerSetup.Version.Reader.Rankings(HandLedger.AsOf, by, metric);

    [Test]
    public void Signed_count_ranks_regions_1_2_2_4_with_ties_listed_by_name()
    {
        // The projects behind each value are the counts themselves.
        // Signed ≥1 in 2021: 东区 P01 P02 P03 = 3; 南区 P08 P16 = 2; 西区 P05 P06 = 2; 北区 0.
        // Last year: 北区 P11 P12 = 2; 东区 P14 = 1; 南区 P10 = 1; 西区 0 (P17 is 0.99) → 1, 2, 2, 4.
        Assert.That(Rank("region", "signed_count"), Is.EqualTo(new[]
        {
            new RankingRow(1, "东区", 3, 1, 2, 1, 3, 1),
            new RankingRow(2, "南区", 2, 1, 2, 0, 2, 1),
            new RankingRow(2, "西区", 2, 0, 4, 2, 2, 0),
            new RankingRow(4, "北区", 0, 2, 1, -3, 0, 2),
        }));
    }

    [Test]
    public void Started_count_ranks_a_three_way_tie_first()
    {
        // Started ≥1 in 2021: 东区 P01 P02; 南区 P08 P09; 西区 P05 P06 (terminated, still started) = 2 each; 北区 0.
        // Last year: 东区 P14, 南区 P10, 北区 P11 = 1 each; 西区 0 (P17 is 0.99).
        Assert.That(Rank("region", "started_count"), Is.EqualTo(new[]
        {
            new RankingRow(1, "东区", 2, 1, 1, 0, 2, 1),
            new RankingRow(1, "南区", 2, 1, 1, 0, 2, 1),
            new RankingRow(1, "西区", 2, 0, 4, 3, 2, 0),
            new RankingRow(4, "北区", 0, 1, 1, -3, 0, 1),
        }));
    }

    [Test]
    public void Signed_investment_ranks_regions_with_rank_changes_against_last_year()
    {
        // 2021: 西区 20 + 100 = 120; 东区 60 + 25 + 10 + 0.5 = 95.5; 南区 50 + 1 = 51; 北区 0.
        // 2020: 北区 30 + 5 = 35; 南区 10; 东区 2; 西区 0.99. Projects behind: the signed projects of any size.
        Assert.That(Rank("region", "signed_investment"), Is.EqualTo(new[]
        {
            new RankingRow(1, "西区", 120, 0.99, 4, 3, 2, 1),
            new RankingRow(2, "东区", 95.5, 2, 3, 1, 4, 1),
            new RankingRow(3, "南区", 51, 10, 2, -1, 2, 1),
            new RankingRow(4, "北区", 0, 35, 1, -3, 0, 2),
        }));
    }

    [Test]
    public void Funds_in_place_rank_regions()
    {
        // 2021-01…06: 东区 18.1, 西区 14.45, 南区 14.44, 北区 0. 2020-01…06: 北区 5, 西区 3, 东区 2, 南区 0.
        // Projects with funds: 东区 P01 (twice) P02, 西区 P05 P06, 南区 P08 P10; last year one each but 南区.
        Assert.That(Rank("region", "funds_in_place"), Is.EqualTo(new[]
        {
            new RankingRow(1, "东区", 18.1, 2, 3, 2, 2, 1),
            new RankingRow(2, "西区", 14.45, 3, 2, 0, 2, 1),
            new RankingRow(3, "南区", 14.44, 0, 4, 1, 2, 0),
            new RankingRow(4, "北区", 0, 5, 1, -3, 0, 1),
        }));
    }

    [Test]
    public void Funds_yoy_leaves_a_region_with_nothing_last_year_unranked_and_last()
    {
        // 东区 (18.1 − 2) / 2 = 8.05; 西区 (14.45 − 3) / 3 = 3.8166…; 北区 (0 − 5) / 5 = −1; 南区 had 0 last year: no ratio.
        // Last year's ratios compare with 2019, when nothing arrived: none, so no previous rank.
        var rows = Rank("region", "funds_yoy");

        Assert.That(rows.Select(r => (r.Rank, r.Member)), Is.EqualTo(new (long?, string)[] { (1, "东区"), (2, "西区"), (3, "北区"), (null, "南区") }));
        Assert.That(rows[0].Value, Is.EqualTo(8.05).Within(1e-12));
        Assert.That(rows[1].Value, Is.EqualTo(11.45 / 3).Within(1e-12));
        Assert.That(rows[2].Value, Is.EqualTo(-1.0).Within(1e-12));
        Assert.That(rows[3].Value, Is.Null);
        Assert.That(rows.Select(r => (r.PreviousValue, r.PreviousRank, r.RankChange)), Is.All.EqualTo(((double?)null, (long?)null, (long?)null)));
        // The fewer of this year's and last year's projects with funds: 东区 2 and 1, 西区 2 and 1, 北区 0 and 1, 南区 2 and 0.
        Assert.That(rows.Select(r => r.Projects), Is.EqualTo(new long[] { 1, 1, 0, 0 }));
    }

    [Test]
    public void Target_completion_ranks_regions_by_the_mean_completion_of_targets_other_than_0()
    {
        // 东区 (18.1/36.5 + 95.5/193) / 2 = (0.4958904… + 0.4948186…) / 2; 西区 14.45/36.5; 南区 14.44/36.5;
        // 北区 has only a target of 0: no completion, unranked. In 2020 only 东区 had a target: 2 of 4 by 2020-06-30.
        var rows = Rank("region", "target_completion");

        Assert.That(rows.Select(r => (r.Rank, r.Member)), Is.EqualTo(new (long?, string)[] { (1, "东区"), (2, "西区"), (3, "南区"), (null, "北区") }));
        Assert.That(rows[0].Value, Is.EqualTo((18.1 / 36.5 + 95.5 / 193) / 2).Within(1e-12));
        Assert.That(rows[1].Value, Is.EqualTo(14.45 / 36.5).Within(1e-12));
        Assert.That(rows[2].Value, Is.EqualTo(14.44 / 36.5).Within(1e-12));
        Assert.That(rows[3].Value, Is.Null);
        Assert.That(rows.Select(r => (r.PreviousValue, r.PreviousRank, r.RankChange)), Is.EqualTo(new (double?, long?, long?)[]
        {
            (0.5, 1, 0), (null, null, null), (null, null, null), (null, null, null),
        }));
    }

    [Test]
    public void Signed_count_ranks_fund_sources()
    {
        // 2021 ≥1: 省外资金 P01 P02 P06 P16 = 4; 本地资金 P03 P05 = 2; 外资 P08 = 1 (P04 is 0.5).
        // 2020: 省外资金 P10 P11 P14 = 3; 本地资金 P12 = 1; 外资 0 (P17 is 0.99).
        Assert.That(Rank("fund_source", "signed_count"), Is.EqualTo(new[]
        {
            new RankingRow(1, "省外资金", 4, 3, 1, 0, 4, 3),
            new RankingRow(2, "本地资金", 2, 1, 2, 0, 2, 1),
            new RankingRow(3, "外资", 1, 0, 3, 0, 1, 0),
        }));
    }

    [Test]
    public void Signed_investment_ranks_industry_chains()
    {
        // 2021: 新能源汽车 60 + 25 + 20 + 50 + 1 = 156; 生物医药 10 + 100 = 110; 高端装备制造 0.5.
        // 2020: 新能源汽车 30 + 2 = 32; 高端装备制造 10; 生物医药 5 + 0.99 = 5.99.
        // Signed projects: 5, 2 and 1; last year P11 P14, P12 P17, P10.
        Assert.That(Rank("industry_chain", "signed_investment"), Is.EqualTo(new[]
        {
            new RankingRow(1, "新能源汽车", 156, 32, 1, 0, 5, 2),
            new RankingRow(2, "生物医药", 110, 5.99, 3, 1, 2, 2),
            new RankingRow(3, "高端装备制造", 0.5, 10, 2, -1, 1, 1),
        }));
    }

    [Test]
    public void Target_completion_is_refused_for_other_dimensions_and_unknown_metrics_are_refused()
    {
        Assert.Throws<MetricsException>(() => Rank("industry_chain", "target_completion"));
        Assert.Throws<MetricsException>(() => Rank("region", "signed_total"));
        Assert.Throws<MetricsException>(() => Rank("county", "signed_count"));
    }
}
