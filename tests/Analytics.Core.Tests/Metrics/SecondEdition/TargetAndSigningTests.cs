using static Analytics.Core.Tests.Metrics.SecondEdition.SecondEditionSetup;

namespace Analytics.Core.Tests.Metrics.SecondEdition;

/// <summary>All-size signings, every indicator against its target (next year's too), external ranks and the regions' order, as of 2021-06-30.</summary>
public sealed class TargetAndSigningTests
{
    [Test]
    public void Regions_follow_the_official_order_of_the_regions_ledger()
    {
        // First appearance in the projects ledger would give 东区, 西区, 北区.
        Assert.That(RowText.Of(SecondEditionSetup.Version.Rows("region_order"), "region", "position", "region_type"),
            Is.EqualTo(new[] { "西区 | 1 | 中心城区", "东区 | 2 | 开发区", "北区 | 3 | 县市" }));
    }

    [Test]
    public void All_size_signings_count_every_project_with_last_years()
    {
        // 全市: A1–A6 = 6, 79 亿元; last year B1 B3 = 2, 9 亿元. 西区 signed nothing last year: no ratio.
        Assert.That(RowText.Of(Rows("key_figures"), "region", "signed_count", "signed_count_prev", "count_difference", "count_yoy",
                "investment", "investment_prev", "investment_yoy", "position"), Is.EqualTo(new[]
        {
            "全市 | 6 | 2 | 4 | 2 | 79 | 9 | 7.777778 | 0",
            "西区 | 2 | 0 | 2 | ∅ | 3.5 | 0 | ∅ | 1",
            "东区 | 3 | 1 | 2 | 2 | 73.5 | 8 | 8.1875 | 2",
            "北区 | 1 | 1 | 0 | 0 | 2 | 1 | 1 | 3",
        }));
    }

    [Test]
    public void Every_indicator_is_measured_against_its_target_with_next_years_listed()
    {
        // Schedule 181/365 = 0.49589. 签约项目数 6 of 4; 重点产业项目签约数: A1 A6 (新能源汽车, 战新), A2 (东区's 高端装备制造),
        // A3 (西区's 生物医药) = 4 of 2 (last year B1, 新能源汽车); 实际利用外资 300 of 600 (A2's July 100 万美元 is after June); 外出招商次数 2 of 4
        // (last year 1, 东区); 东区 ≥ 1 亿元 A1 A2 A6 = 3 of 1. 2022's 签约项目数 has no actual yet.
        Assert.That(RowText.Of(Rows("indicator_targets"), "year", "region", "indicator", "target", "actual", "actual_prev", "completion",
                "over_target", "over_amount", "schedule_gap_points", "is_next_year"), Is.EqualTo(new[]
        {
            "2021 | 全市 | 外出招商次数 | 4 | 2 | 1 | 0.5 | ∅ | ∅ | 0.410959 | False",
            "2021 | 全市 | 实际利用外资(万美元) | 600 | 300 | 0 | 0.5 | ∅ | ∅ | 0.410959 | False",
            "2021 | 全市 | 签约项目数 | 4 | 6 | 2 | 1.5 | 0.5 | 2 | 100.410959 | False",
            "2021 | 全市 | 重点产业项目签约数 | 2 | 4 | 1 | 2 | 1 | 2 | 150.410959 | False",
            "2021 | 东区 | 新签约亿元以上项目数 | 1 | 3 | 1 | 3 | 2 | 2 | 250.410959 | False",
            "2022 | 全市 | 签约项目数 | 10 | ∅ | ∅ | ∅ | ∅ | ∅ | ∅ | True",
        }));
    }

    [Test]
    public void External_ranks_are_joined_to_the_figure_of_their_period()
    {
        // 2021年1—6月 ranks the ≥ 1 亿元 signings: A1 A2 A3 A5 A6 = 5 (last year B1 B3 = 2). 2020年's rank is of a whole year.
        Assert.That(RowText.Of(Rows("external_rank_figures"), "period", "indicator", "rank", "rank_words", "matches_as_of", "actual", "actual_prev"),
            Is.EqualTo(new[]
            {
                "2021年1—6月 | 新签约亿元以上项目数 | 3 | 第三 | True | 5 | 2",
                "2020年 | 签约项目数 | 12 | 第12 | False | ∅ | ∅",
            }));
    }

    [Test]
    public void Fixed_assets_and_foreign_capital_sum_to_the_as_of_month()
    {
        // 完成固定资产投资 Jan–Jun 2021: A1 8 + 4, A2 1.5, B1 1, B2 3 = 17.5; 2020: B1 2 + 0.5 = 2.5. 外资: A2 300 万美元;
        // 合同外资 of the period's signings: A2 1500.
        var city = Rows("key_figures").Single(r => (string)r["region"]! == "全市");
        Assert.That(RowText.Of([city], "fixed_asset_investment", "fixed_asset_investment_prev", "fixed_asset_yoy", "foreign_capital_used",
                "foreign_capital_used_prev", "foreign_capital_yoy", "contract_foreign_capital", "foreign_projects"),
            Is.EqualTo(new[] { "17.5 | 2.5 | 6 | 300 | 0 | ∅ | 1500 | 1" }));
    }
}
