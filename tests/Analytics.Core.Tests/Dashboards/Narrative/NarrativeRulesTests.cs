using Analytics.Core.Dashboards.Narrative;

namespace Analytics.Core.Tests.Dashboards.Narrative;

/// <summary>The documented rules the generated sentences follow.</summary>
public sealed class NarrativeRulesTests
{
    [TestCase(0.57, true, "亿元以上项目签约数大幅增长")]
    [TestCase(0.20, true, "亿元以上项目签约数大幅增长")]
    [TestCase(0.0023, true, "亿元以上项目签约数稳步增长")]
    [TestCase(0.0, true, "亿元以上项目签约数与上年持平")]
    [TestCase(-0.05, true, "亿元以上项目签约数有所下降")]
    [TestCase(null, true, "亿元以上项目签约数实现新突破")]
    [TestCase(null, false, "亿元以上项目签约数尚待突破")]
    public void A_verdict_follows_the_growth(double? growth, bool hasFigure, string expected) =>
        Assert.That(NarrativeRules.Verdict(NarrativeRules.Signed, growth, hasFigure), Is.EqualTo(expected));

    [Test]
    public void Other_topics_have_their_own_words()
    {
        Assert.That(NarrativeRules.Verdict(NarrativeRules.Started, 0.37, true), Is.EqualTo("亿元以上项目加速落地"));
        Assert.That(NarrativeRules.Verdict(NarrativeRules.Funds, 0.144, true), Is.EqualTo("实际到位资金稳步增长"));
        Assert.That(NarrativeRules.Verdict(NarrativeRules.Funds, 0.25, true), Is.EqualTo("实际到位资金势头强劲"));
    }

    [TestCase("2021-12-31", "全年")]
    [TestCase("2021-11-30", "1—11月份")]
    [TestCase("2021-01-31", "1月份")]
    [TestCase("2021-06-15", "今年以来")]
    public void The_period_is_the_year_the_months_or_this_year(string asOf, string expected) =>
        Assert.That(NarrativeRules.Period(DateOnly.Parse(asOf)), Is.EqualTo(expected));

    [TestCase(1, "第一")]
    [TestCase(2, "第二")]
    [TestCase(10, "第十")]
    [TestCase(11, "第11")]
    public void A_rank_is_a_chinese_numeral_up_to_ten(long rank, string expected) =>
        Assert.That(NarrativeRules.Rank(rank, "全省"), Is.EqualTo($"，位居全省{expected}位"));

    [Test]
    public void Changes_say_no_change_once()
    {
        Assert.That(NarrativeRules.Change(233), Is.EqualTo("较去年同期增加233个"));
        Assert.That(NarrativeRules.Change(-15), Is.EqualTo("较去年同期减少15个"));
        Assert.That(NarrativeRules.Change(0), Is.EqualTo("与去年同期持平"));
        Assert.That(NarrativeRules.Growth(0.0166, 2), Is.EqualTo("同比增长1.66%"));
        Assert.That(NarrativeRules.Growth(0.00001), Is.EqualTo("与去年同期持平"));
        Assert.That(NarrativeRules.Growth(null), Is.Null);
    }

    [Test]
    public void Bands_without_projects_are_said_as_none()
    {
        Assert.That(NarrativeRules.Bands("新签约", [("10", 92), ("20", 30), ("50", 10)]), Is.EqualTo("其中，新签约10亿元以上项目92个、20亿元以上项目30个、50亿元以上项目10个"));
        Assert.That(NarrativeRules.Bands("新签约", [("10", 0), ("20", 0), ("50", 0)]), Is.EqualTo("其中，尚无10亿元以上项目"));
        Assert.That(NarrativeRules.Bands("新开工", [("10", 4), ("20", 0), ("50", 0)]), Is.EqualTo("其中，新开工10亿元以上项目4个，尚无20亿元以上项目"));
        Assert.That(NarrativeRules.Bands("新开工", [("10", null), ("20", 3)]), Is.EqualTo("其中，新开工10亿元以上项目—个、20亿元以上项目3个"));
    }

    [Test]
    public void A_target_is_exceeded_completed_or_judged_against_the_schedule_but_not_early_in_the_year()
    {
        Assert.That(NarrativeRules.Completion(1.27, 1, 1212, 954, amount: false), Is.EqualTo("超目标值27.0%"));
        Assert.That(NarrativeRules.Completion(1.0065, 1, 1811.64m, 1800m, amount: true), Is.EqualTo("超目标值11.64亿元"));
        Assert.That(NarrativeRules.Completion(0.886, 0.915, 643, 726, amount: false), Is.EqualTo("完成年度目标任务的88.6%，落后时序进度2.9个百分点"));
        Assert.That(NarrativeRules.Completion(0.95, 0.915, 1, 1, amount: false), Is.EqualTo("完成年度目标任务的95.0%，超时序进度3.5个百分点"));
        Assert.That(NarrativeRules.Completion(0.01, 0.027, 1, 1, amount: false), Is.EqualTo("完成年度目标任务的1.0%"));
    }

    [Test]
    public void Low_rates_are_stated_plainly()
    {
        Assert.That(NarrativeRules.RateWord(0.533, NarrativeRules.LowStartRate, "仅为"), Is.EqualTo("仅为53.3%"));
        Assert.That(NarrativeRules.RateWord(0.373, NarrativeRules.LowStatsRate, "低至"), Is.EqualTo("低至37.3%"));
        Assert.That(NarrativeRules.RateWord(0.7, NarrativeRules.LowStartRate, "仅为"), Is.EqualTo("为70.0%"));
    }
}
