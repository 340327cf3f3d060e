using Analytics.Charts;
using Analytics.Charts.Specs;
using Analytics.Core.Dashboards;

namespace Analytics.Core.Tests.Dashboards;

/// <summary>One block re-evaluated from its URL: a chart's spec and a block's CSV.</summary>
public sealed class ChartAndCsvTests
{
    private static readonly DashboardRenderer Renderer = DemoSetup.Renderer();

    [Test]
    public void A_chart_block_gives_the_same_spec_as_the_rendered_page()
    {
        var page = DemoSetup.Page("public-statistics");
        var request = DemoSetup.Request(Audience.Public);
        var rendered = Renderer.Render(page, request);

        foreach (var chart in rendered.Charts)
            Assert.That(Chart.Fingerprint(Renderer.Chart(page, chart.Block, request)), Is.EqualTo(Chart.Fingerprint(chart.Spec)), $"block {chart.Block}");
    }

    [Test]
    public void A_chart_s_csv_is_its_data_table()
    {
        var page = DemoSetup.Page("public-statistics");
        var request = DemoSetup.Request(Audience.Public);
        var csv = Renderer.Csv(page, 1, request);

        Assert.That(csv, Is.EqualTo(Chart.RenderCsv(Renderer.Chart(page, 1, request))));
        Assert.That(csv, Does.StartWith("地区,2021年（个）,2020年（个）\r\n经开区,137,78\r\n鸠江区,113,62\r\n"));
    }

    [Test]
    public void A_csv_writes_numbers_without_thousands_separators_and_is_named_by_the_block_s_title()
    {
        var page = DemoSetup.TestPage("```ranking\nby: region\nmetric: funds_in_place\ntitle: 各地区实际到位资金\n```\n```kpis\n- figure: funds.inPlace\n  label: 资金\n```\n");
        var (title, csv) = Renderer.CsvFile(page, 0, DemoSetup.Request(Audience.Internal));
        Assert.That(title, Is.EqualTo("各地区实际到位资金"));
        Assert.That(csv, Does.Not.Contain("\"").And.Not.Contain("−"));
        Assert.That(Chart.RenderCsv(new Charts.Tables.ChartTable("t", ["地区", "金额", "变化"], [["全市", "1,447.0", "−2.3"]])), Is.EqualTo("地区,金额,变化\r\n全市,1447.0,-2.3\r\n"));
    }

    [Test]
    public void A_ranking_table_s_csv_keeps_numbers_and_signed_rank_changes()
    {
        var page = DemoSetup.TestPage("```ranking\nby: region\nmetric: signed_count\n```\n");
        var csv = Renderer.Csv(page, 0, DemoSetup.Request(Audience.Internal));

        Assert.That(csv, Does.StartWith("名次,地区,新签约亿元以上项目数（个）,上年同期（个）,上年名次,名次变化\r\n1,经开区,137,78,1,0\r\n2,鸠江区,113,62,3,+1\r\n3,高新区,109,78,1,-2\r\n"));
    }

    [Test]
    public void The_region_page_s_charts_follow_the_request_s_region()
    {
        var page = DemoSetup.Page("region");
        var spec = (LineChartSpec)Renderer.Chart(page, 7, DemoSetup.Request(Audience.Internal, region: "鸠江区"));

        Assert.That(spec.Title, Is.EqualTo("1—11月份鸠江区实际到位资金（累计）"));
        Assert.That(spec.Series[0].Values[10], Is.EqualTo(232.8366m));
    }

    [Test]
    public void Asking_for_a_missing_block_a_non_chart_or_an_internal_page_publicly_is_refused()
    {
        var briefing = DemoSetup.Page("weekly-briefing");
        var statistics = DemoSetup.Page("public-statistics");

        Assert.That(Assert.Throws<DashboardException>(() => Renderer.Chart(statistics, 99, DemoSetup.Request(Audience.Public)))!.Message, Does.Contain("没有区块#99"));
        Assert.That(Assert.Throws<DashboardException>(() => Renderer.Chart(statistics, 0, DemoSetup.Request(Audience.Public)))!.Message, Does.Contain("不是图表"));
        Assert.That(Assert.Throws<DashboardException>(() => Renderer.Csv(statistics, 0, DemoSetup.Request(Audience.Public)))!.Message, Does.Contain("没有数据表"));
        Assert.That(Assert.Throws<DashboardException>(() => Renderer.Csv(briefing, 0, DemoSetup.Request(Audience.Public, Period.Week)))!.Message, Does.Contain("仅供内部使用"));
        Assert.That(Assert.Throws<DashboardException>(() => Renderer.Chart(DemoSetup.Page("region"), 7, DemoSetup.Request(Audience.Internal)))!.Message, Does.Contain("地区"));
    }

    [Test]
    public void An_internal_project_list_downloads_as_csv_with_names()
    {
        var csv = Renderer.Csv(DemoSetup.Page("weekly-briefing"), 2, DemoSetup.Request(Audience.Internal, Period.Week));

        Assert.That(csv, Does.StartWith("序号,项目名称,投资方,地区,产业链,协议总投资（亿元）,签约日期\r\n1,废旧动力电池综合利用项目,东莞泰澄环保科技股份有限公司,鸠江区,节能环保,16.5,2021-11-24\r\n"));
        Assert.That(csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(13));
    }
}
