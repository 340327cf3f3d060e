using Analytics.Charts;
using Analytics.Charts.Specs;
using Analytics.Core.Dashboards;

namespace Analytics.Core.Tests.Dashboards;

/// <summary>
/// Figures as a director reads them on the demo data: funds named by their month and never added across a month
/// boundary, counts as whole numbers, columns aligned by their type, regions in the office's order, progress by completion.
/// </summary>
public sealed class OrderAndUnitsTests
{
    [Test]
    public void Regions_are_listed_in_the_official_order_of_the_regions_ledger()
    {
        // The demo's 地区 ledger orders 中心城区, then 县市, then the zones; its 项目台账 names 江北新区 first (row 3).
        Assert.That(DemoSetup.Version.Reader.Members("region"), Is.EqualTo(new[] { "鸠江区", "东湖区", "临江县", "青山县", "经开区", "高新区", "江北新区" }));
        using var command = DemoSetup.Version.Connection.CreateCommand();
        command.CommandText = "select string_agg(region || ':' || position, ' ' order by position) from region_order";
        Assert.That(command.ExecuteScalar(), Is.EqualTo("鸠江区:1 东湖区:2 临江县:3 青山县:4 经开区:5 高新区:6 江北新区:7"));
    }

    [Test]
    public void A_week_s_funds_are_its_month_s_named_so_and_never_two_months_added()
    {
        // The week of 2021-10-27 to 2021-11-02 crosses a month boundary: October (569 projects, 138.0 亿元) is not added.
        var page = DemoSetup.Renderer().Render(DemoSetup.TestPage("```projects\nlist: funds\ntop: 3\n```"),
            DemoSetup.Request(Audience.Internal, Period.Week, asOf: new DateOnly(2021, 11, 2)));
        Assert.That(page.Problems, Is.Empty);
        Assert.That(page.Text, Does.StartWith("11月资金到位项目586个，合计150.6亿元（资金按月统计）。\n11月全市资金到位项目\n"));
    }

    [Test]
    public void Target_counts_are_whole_numbers_and_amounts_keep_their_decimal()
    {
        var page = DemoSetup.RenderTest("```lights\nregion: 鸠江区\n```");
        Assert.That(page.Text, Does.Contain("新签约亿元以上项目数  110  113  102.7").And.Contain("实际到位资金(亿元)  233.0  232.8"));
        Assert.That(page.Text, Does.Not.Contain("110.0"));
    }

    [Test]
    public void A_project_name_beginning_with_a_digit_is_aligned_as_text()
    {
        var page = DemoSetup.Renderer().Render(DemoSetup.TestPage("```projects\nlist: signed\nregion: 临江县\n```"),
            DemoSetup.Request(Audience.Internal, Period.Month, asOf: new DateOnly(2021, 9, 30)));
        Assert.That(page.Html, Does.Contain("<td class=\"cell\">400MWh新型储能电站项目</td>"));
        Assert.That(page.Html, Does.Contain("<th class=\"head num\" scope=\"col\">协议总投资（亿元）</th>"));
        Assert.That(page.Html, Does.Contain("<div class=\"table-scroll\"><table class=\"projects\">"));
    }

    [Test]
    public void Target_progress_is_charted_from_the_most_complete_down_after_the_city()
    {
        var page = DemoSetup.RenderTest("```chart\ntype: gauge\nmodel: target_progress\nindicator: 新签约亿元以上项目数\n```");
        Assert.That(page.Problems, Is.Empty);
        var spec = (GaugeChartSpec)page.Charts.Single().Spec;
        Assert.That(spec.Rows.Select(r => r.Name), Is.EqualTo(new[] { "全市", "鸠江区", "经开区", "江北新区", "高新区", "青山县", "东湖区", "临江县" }));
    }

    [Test]
    public void A_region_page_names_its_region_once_in_the_title()
    {
        var page = DemoSetup.Renderer().Render(DemoSetup.Page("region"), DemoSetup.Request(Audience.Internal, region: "鸠江区"));
        Assert.That(page.Title, Is.EqualTo("鸠江区 · 地区招商引资概况"));
        Assert.That(page.Text, Does.StartWith("鸠江区招商引资概况\n"));
    }

    [Test]
    public void Unknown_regions_are_answered_with_the_regions_in_the_official_order()
    {
        var page = DemoSetup.Renderer().Render(DemoSetup.Page("region"), DemoSetup.Request(Audience.Internal, region: "北湖区"));
        Assert.That(page.Text, Is.EqualTo("未知地区「北湖区」，请选择：鸠江区、东湖区、临江县、青山县、经开区、高新区、江北新区\n"));
    }

    [Test]
    public void The_target_format_follows_the_indicator_s_unit()
    {
        Assert.That(ValueFormat.ForIndicator("新签约亿元以上项目数").FormatBare(133m), Is.EqualTo("133"));
        Assert.That(ValueFormat.ForIndicator("实际到位资金(亿元)").FormatBare(1447m), Is.EqualTo("1,447.0"));
    }
}
