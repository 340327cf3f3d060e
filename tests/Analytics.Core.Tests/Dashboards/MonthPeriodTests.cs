using Analytics.Core.Dashboards;
using Analytics.Core.Dashboards.Outline;

namespace Analytics.Core.Tests.Dashboards;

/// <summary>
/// <c>?period=month</c> changes the figures, not only the words: on the demo data, November 2021 is the year to
/// 30 November less the year to 31 October (643 − 585 signed ≥ 1 亿元, 1447 − 1296.4 亿元 of funds), for the city, a
/// region and the public.
/// </summary>
public sealed class MonthPeriodTests
{
    private const string Sentence = "{{ ytd }}，新签约亿元以上项目{{ signed.atLeast.1 }}个，较去年同期{{ signed.difference.atLeast.1 | change }}；实际到位资金{{ funds.inPlace | yi }}，同比{{ funds.yoy | change }}。";

    private static string Text(Period period, Audience viewer = Audience.Internal, string audience = "internal", string? region = null) =>
        DemoSetup.RenderTest((region is null ? "" : "{{ region }}$region\n\n") + Sentence, viewer, audience, period: period, region: region).Text.Trim();

    [Test]
    public void The_year_to_date_is_unchanged()
    {
        Assert.That(Text(Period.Ytd), Is.EqualTo("1—11月份，新签约亿元以上项目643个，较去年同期增加233个；实际到位资金1447亿元，同比增长14.4%。"));
    }

    [Test]
    public void The_month_is_the_difference_of_two_running_totals()
    {
        Assert.That(Text(Period.Month), Is.EqualTo("11月份，新签约亿元以上项目58个，较去年同期增加10个；实际到位资金150.6亿元，同比增长2.1%。"));
    }

    [Test]
    public void The_public_month_is_the_difference_of_two_published_totals()
    {
        Assert.That(Text(Period.Month, Audience.Public, "public"), Is.EqualTo("11月份，新签约亿元以上项目58个，较去年同期增加10个；实际到位资金150.6亿元，同比增长2.1%。"));
    }

    [Test]
    public void A_region_page_shows_the_region_s_month()
    {
        Assert.That(Text(Period.Month, region: "鸠江区"), Does.EndWith("11月份，新签约亿元以上项目7个，较去年同期增加1个；实际到位资金34.2亿元，同比增长99.6%。"));
    }

    [Test]
    public void The_narrative_speaks_of_the_month_but_of_the_year_s_signings_for_the_rates()
    {
        var text = DemoSetup.RenderTest("```narrative\n```\n", period: Period.Month).Text;
        Assert.That(text, Does.Contain("11月份，全市新签约亿元以上项目58个，较去年同期增加10个。"));
        Assert.That(text, Does.Contain("1—11月份，全市新签约亿元以上项目开工率为53.3%、入统率为37.3%"));
    }

    [Test]
    public void Kpi_blocks_and_region_charts_follow_the_month()
    {
        var page = DemoSetup.RenderTest("```kpis\n- figure: signed.atLeast.1\n  label: 新签约亿元以上项目\n```\n\n```chart\ntype: bar\nmodel: kpis\nby: region\nmetric: signed_ge1\n```\n",
            period: Period.Month);
        Assert.That(page.Text, Does.Contain("全市 · 11月份\n新签约亿元以上项目：58个（较上年同期 +10个）"));
        var chart = page.Parts.OfType<ChartPart>().Single();
        Assert.That(chart.Table.Caption, Is.EqualTo("11月份各地区新签约亿元以上项目数"));
        Assert.That(chart.Table.Rows[0], Is.EqualTo(new[] { "高新区", "17" }));
    }
}
