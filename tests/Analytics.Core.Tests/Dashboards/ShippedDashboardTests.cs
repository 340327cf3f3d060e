using Analytics.Core.Dashboards;

namespace Analytics.Core.Tests.Dashboards;

/// <summary>The shipped dashboards render on the demo data without a single problem, and say what the worked example says.</summary>
public sealed class ShippedDashboardTests
{
    private const string WorkedExample =
        "1—11月份，全市新签约亿元以上项目643个，较去年同期增加233个。其中，新签约10亿元以上项目92个、20亿元以上项目30个、50亿元以上项目10个。";

    private static RenderedPage Render(string name, Audience viewer, DateOnly asOf, string? region = null, PageFlavor flavor = PageFlavor.Web)
    {
        var page = DemoSetup.Page(name);
        return DemoSetup.Renderer().Render(page, DemoSetup.Request(viewer, page.DefaultPeriod, region, flavor, asOf));
    }

    private static IEnumerable<TestCaseData> Cases()
    {
        foreach (var asOf in new[] { new DateOnly(2021, 11, 30), new DateOnly(2021, 6, 15), new DateOnly(2020, 1, 31), new DateOnly(2021, 1, 1), new DateOnly(2021, 12, 31) })
        {
            yield return new TestCaseData("public-statistics", Audience.Internal, asOf, null);
            yield return new TestCaseData("public-statistics", Audience.Public, asOf, null);
            yield return new TestCaseData("weekly-briefing", Audience.Internal, asOf, null);
            yield return new TestCaseData("region", Audience.Internal, asOf, "鸠江区");
            yield return new TestCaseData("region", Audience.Internal, asOf, "青山县");
            yield return new TestCaseData("annual-summary", Audience.Internal, asOf, null);
            yield return new TestCaseData("annual-summary-public", Audience.Public, asOf, null);
        }
    }

    [TestCaseSource(nameof(Cases))]
    public void Renders_without_problems(string name, Audience viewer, DateOnly asOf, string? region)
    {
        var page = Render(name, viewer, asOf, region);

        Assert.That(page.Problems, Is.Empty);
        Assert.That(page.Html, Does.Not.Contain("block-error").And.Not.Contain("figure-error"));
        Assert.That(page.Text, Is.Not.Empty);
        // The public sees the latest month end on or before the date asked for (the data ends 2021-11-30).
        var shown = viewer == Audience.Public ? Analytics.Core.Dashboards.Suppression.PublishedDates.Latest(asOf, DemoSetup.AsOf) : asOf;
        Assert.That((page.AsOf, page.DataVersion), Is.EqualTo((shown, DemoSetup.Version.Store.CurrentId)));
    }

    [Test]
    public void The_weekly_briefing_says_the_worked_example_word_for_word()
    {
        var page = Render("weekly-briefing", Audience.Internal, DemoSetup.AsOf);

        Assert.That(page.Html, Does.Contain("<p>" + WorkedExample + "</p>"));
        Assert.That(page.Text, Does.Contain(WorkedExample));
    }

    [Test]
    public void The_narrative_continues_with_starts_construction_funds_and_rates_of_the_worked_example()
    {
        var text = Render("weekly-briefing", Audience.Internal, DemoSetup.AsOf).Text;

        // The period opens the first paragraph only (it was repeated at the start of every paragraph before).
        Assert.That(text, Does.Contain("。\n　　全市新开工亿元以上项目586个，较去年同期增加158个。其中，新开工10亿元以上项目46个、20亿元以上项目20个、50亿元以上项目3个。"));
        Assert.That(text, Does.Contain("\n　　全市在建亿元以上省外投资项目754个；实际到位资金1447亿元，同比增长14.4%。"));
        Assert.That(text, Does.Contain("\n　　全市新签约亿元以上项目开工率为53.3%、入统率为37.3%，分别较去年同期下降2.8个百分点、提高16.1个百分点。"));
        // Red lights at 2021-11-30 (schedule 334/365 = 91.5%): 青山县 starts 54/78, 东湖区 signings and investment, 临江县 signings and funds.
        Assert.That(text, Does.Contain("对照时序进度（91.5%），青山县、东湖区、临江县3个地区有指标亮红牌：青山县新开工亿元以上项目数完成69.2%（落后22.3个百分点）"));
    }

    [Test]
    public void The_weekly_narrative_opens_with_the_week_and_names_its_largest_signing()
    {
        var text = Render("weekly-briefing", Audience.Internal, DemoSetup.AsOf).Text;

        // 11月24日—11月30日: 12 signed for 65.1 亿元 (11 of ≥ 1 亿元), 10 started for 29.3 亿元 (9), 3 producing for 13.5 亿元 (3).
        Assert.That(text, Does.Contain("　　本周（11月24日—11月30日），全市新签约项目12个、协议总投资65.1亿元，其中亿元以上项目11个，最大的是鸠江区废旧动力电池综合利用项目（16.5亿元）；"
            + "新开工项目10个、协议总投资29.3亿元，其中亿元以上项目9个；投产项目3个、协议总投资13.5亿元，其中亿元以上项目3个。\n　　1—11月份，全市新签约亿元以上项目643个"));
        Assert.That(text.Split("1—11月份，").Length - 1, Is.EqualTo(1), "the year to date is said once in the narrative");
    }

    [Test]
    public void Early_in_the_year_the_weekly_narrative_says_none_rather_than_0_and_tells_nobody_to_hurry()
    {
        var text = Render("weekly-briefing", Audience.Internal, new DateOnly(2021, 1, 10)).Text;

        Assert.That(text, Does.Contain("其中，新签约10亿元以上项目1个，尚无20亿元以上项目。"));
        Assert.That(text, Does.Contain("其中，新开工10亿元以上项目2个、20亿元以上项目1个，尚无50亿元以上项目。"));
        Assert.That(text, Does.Contain("均与去年同期持平。"));
        Assert.That(text, Does.Contain("年初时序进度为2.7%，暂不评价目标任务进度。"));
        Assert.That(text, Does.Not.Contain("项目0个").And.Not.Contain("有指标亮").And.Not.Contain("需加快进度").And.Not.Contain("持平、持平"));
    }

    [Test]
    public void The_weekly_briefing_lists_the_week_s_signings_with_names_and_investors()
    {
        var page = Render("weekly-briefing", Audience.Internal, DemoSetup.AsOf);

        // 11月24日—11月30日: 12 projects signed for 65.1 亿元, the largest 16.5 亿元 in 鸠江区.
        Assert.That(page.Text, Does.Contain("新签约项目12个，协议总投资65.1亿元。"));
        Assert.That(page.Text, Does.Contain("1  废旧动力电池综合利用项目  东莞泰澄环保科技股份有限公司  鸠江区  节能环保  16.5  2021-11-24"));
        Assert.That(page.Text, Does.Contain("新开工项目10个，协议总投资29.3亿元。"));
    }

    [Test]
    public void The_region_page_without_a_region_lists_the_regions_to_choose_from()
    {
        var page = Render("region", Audience.Internal, DemoSetup.AsOf);

        Assert.That(page.Problems, Is.Empty);
        Assert.That(page.Text, Is.EqualTo("请选择地区：鸠江区、东湖区、临江县、青山县、经开区、高新区、江北新区\n"));
        Assert.That(page.Html, Does.Contain("<a href=\"/region?asOf=2021-11-30&amp;region=%E9%9D%92%E5%B1%B1%E5%8E%BF\">青山县</a>"));
    }

    [Test]
    public void An_unknown_region_is_a_problem_and_lists_the_regions()
    {
        var page = Render("region", Audience.Internal, DemoSetup.AsOf, "火星区");

        Assert.That(page.Problems.Single(), Does.Contain("未知地区「火星区」").And.Contain("鸠江区"));
    }

    [Test]
    public void The_region_page_is_about_its_region()
    {
        var page = Render("region", Audience.Internal, DemoSetup.AsOf, "鸠江区");

        Assert.That(page.Title, Is.EqualTo("鸠江区 · 地区招商引资概况"));
        Assert.That(page.Text, Does.Contain("1—11月份，鸠江区新签约亿元以上项目113个，较去年同期增加51个；实际到位资金232.8亿元，同比增长24.2%。"));
        // Its places: second of 7 by signings ≥ 1 亿元, up one from third.
        Assert.That(page.Text, Does.Contain("2/7  新签约亿元以上项目数（个）  113  62  3  ↑1"));
        Assert.That(page.Text, Does.Contain("对照时序进度（91.5%），鸠江区4项目标任务中，绿牌4项。"));
        Assert.That(page.Charts.Select(c => c.Spec.Title), Does.Contain("1—11月份鸠江区实际到位资金（累计）"));
        Assert.That(page.Html, Does.Contain("<a href=\"/region?asOf=2021-11-30&amp;region=%E9%B8%A0%E6%B1%9F%E5%8C%BA\">鸠江区</a>新签约亿元以上项目113个"));
    }

    [Test]
    public void Region_names_link_for_internal_viewers_only()
    {
        var inside = Render("public-statistics", Audience.Internal, DemoSetup.AsOf);
        var outside = Render("public-statistics", Audience.Public, DemoSetup.AsOf);

        Assert.That(inside.Html, Does.Contain(">经开区</a>"));
        Assert.That(outside.Html, Does.Not.Contain("href=\"/region"));
    }

    [Test]
    public void Internal_pages_are_refused_to_a_public_viewer_without_data()
    {
        var page = Render("weekly-briefing", Audience.Public, DemoSetup.AsOf);

        Assert.That(page.Problems.Single(), Does.Contain("仅供内部使用"));
        Assert.That(page.Charts, Is.Empty);
        Assert.That(page.Html, Does.Not.Contain("643"));
    }

    [Test]
    public void A_date_outside_the_data_is_a_problem_not_an_exception()
    {
        var page = Render("public-statistics", Audience.Public, new DateOnly(2030, 1, 1));

        Assert.That(page.Problems.Single(), Does.Contain("超出数据范围"));
    }
}
