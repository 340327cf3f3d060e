using Analytics.Core.Dashboards;
using Analytics.Core.Dashboards.Figures;

namespace Analytics.Core.Tests.Dashboards;

/// <summary>Numbers in sentences: <c>{{ path | filter }}</c> on the demo data at 2021-11-30, and the period phrases.</summary>
public sealed class InlineFigureTests
{
    private static string Sentence(string body, Audience viewer = Audience.Internal, Period period = Period.Ytd) =>
        DemoSetup.RenderTest(body, viewer, period: period).Text.Trim();

    [Test]
    public void Counts_amounts_ratios_and_changes_are_written_as_the_office_writes_them()
    {
        Assert.That(Sentence("{{ signed.atLeast.1 }}|{{ signed.difference.atLeast.1 | change }}|{{ funds.inPlace | yi }}|{{ funds.yoy | percent }}|{{ funds.yoy | change }}"),
            Is.EqualTo("643|增加233个|1447亿元|14.4%|增长14.4%"));
        Assert.That(Sentence("{{ signed.investment }}|{{ started.difference.atLeast.10 | change }}|{{ started.difference.atLeast.50 | change }}|{{ started.difference.atLeast.10 | abs }}|{{ started.difference.atLeast.10 | signed }}"),
            Is.EqualTo("4228.4|减少15个|持平|15|−15"));
        Assert.That(Sentence("{{ startRate }}|{{ statsRatePrevious }}|{{ underConstruction.atLeast1OutsideProvince | count }}|{{ funds.difference | yi }}"),
            Is.EqualTo("53.3%|21.2%|754|182.1亿元"));
    }

    [Test]
    public void Dates_periods_titles_and_targets_are_words()
    {
        Assert.That(Sentence("{{ asOf | date }}|{{ ytd }}|{{ period }}|{{ title }}|{{ region }}|{{ schedule }}"),
            Is.EqualTo("2021年11月30日|1—11月份|1—11月份|测试页|全市|91.5%"));
        Assert.That(Sentence("{{ period }}", period: Period.Week), Is.EqualTo("11月24日—11月30日"));
        Assert.That(Sentence("{{ period }}", period: Period.Month), Is.EqualTo("11月份"));
        Assert.That(Sentence("{{ targets.新签约亿元以上项目数.actual }}/{{ targets.新签约亿元以上项目数.target }}={{ targets.新签约亿元以上项目数.completion }}，{{ targets.新签约亿元以上项目数.light }}，差{{ targets.新签约亿元以上项目数.gap | points }}"),
            Is.EqualTo("643/726=88.6%，黄牌，差-2.9个百分点"));
    }

    [Test]
    public void The_worked_example_sentence_can_be_written_inline()
    {
        Assert.That(Sentence("{{ ytd }}，全市新签约亿元以上项目{{ signed.atLeast.1 }}个，较去年同期{{ signed.difference.atLeast.1 | change }}。"),
            Is.EqualTo("1—11月份，全市新签约亿元以上项目643个，较去年同期增加233个。"));
    }

    [Test]
    public void Unknown_fields_and_filters_are_problems_shown_in_place()
    {
        var page = DemoSetup.RenderTest("签约{{ signed.atleast.7 }}个，资金{{ funds.inPlce }}，{{ funds.yoy | shout }}。后文照常。");

        Assert.That(page.Problems, Has.Count.EqualTo(3));
        Assert.That(page.Problems[0], Does.Contain("signed.atleast.7").And.Contain("可用：1、10、20、50、100"));
        Assert.That(page.Problems[1], Does.Contain("未知字段「inPlce」").And.Contain("inPlace"));
        Assert.That(page.Problems[2], Does.Contain("未知格式「shout」").And.Contain("percent"));
        Assert.That(page.Html, Does.Contain("<span class=\"figure-error\">").And.Contain("后文照常。"));
    }

    [Test]
    public void Braces_that_are_not_a_figure_stay_text()
    {
        Assert.That(Sentence("集合 {a, b} 与 { 单个 } 与 `{{ 代码 }}`"), Is.EqualTo("集合 {a, b} 与 { 单个 } 与 {{ 代码 }}"));
    }

    [TestCase(2021, 11, 30, "1—11月份")]
    [TestCase(2021, 1, 31, "1月份")]
    [TestCase(2021, 11, 15, "1月1日—11月15日")]
    [TestCase(2021, 1, 15, "1月1日—1月15日")]
    [TestCase(2020, 2, 29, "1—2月份")]
    [TestCase(2021, 12, 31, "1—12月份")]
    public void The_year_to_date_is_named_by_months_at_a_month_end(int year, int month, int day, string expected)
    {
        Assert.That(PeriodPhrase.YearToDate(new DateOnly(year, month, day)), Is.EqualTo(expected));
    }

    [Test]
    public void A_week_across_new_year_names_both_years()
    {
        Assert.That(PeriodPhrase.Of(Period.Week, new DateOnly(2022, 1, 2)), Is.EqualTo("2021年12月27日—2022年1月2日"));
        Assert.That(PeriodPhrase.Of(Period.Month, new DateOnly(2021, 11, 15)), Is.EqualTo("11月1日—11月15日"));
    }

    [TestCase(233, "增加233个")]
    [TestCase(-15, "减少15个")]
    [TestCase(0, "持平")]
    public void Changes_of_counts_say_increase_decrease_or_level(int difference, string expected)
    {
        Assert.That(FigureFormat.Change(FigureKind.Count, difference), Is.EqualTo(expected));
    }
}
