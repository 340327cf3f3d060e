using Analytics.Charts.Specs;
using Analytics.Charts.Tests.Golden;
using Analytics.Charts.Tests.Support;

namespace Analytics.Charts.Tests.Tables;

public sealed class ChartTableTests
{
    [Test]
    public void Bar_chart_table_has_a_column_per_series_with_the_unit()
    {
        var html = Chart.RenderTable(GoldenCases.Spec("bar-grouped-amounts"));
        Assert.That(html, Does.Contain("<caption>实际到位资金（同比）</caption>"));
        Assert.That(html, Does.Contain("<th scope=\"col\">地区</th><th scope=\"col\">2021年（亿元）</th><th scope=\"col\">2020年（亿元）</th>"));
        Assert.That(html, Does.Contain("<tr><th scope=\"row\">鸠江区</th><td class=\"num\">312.4</td><td class=\"num\">270.2</td></tr>"));
    }

    [Test]
    public void Html_table_escapes_ledger_text()
    {
        var html = Chart.RenderTable(GoldenCases.Spec("ranking-xss"));
        Assert.That(html, Does.Not.Contain("<script>"));
        Assert.That(html, Does.Contain("&lt;script&gt;alert(1)&lt;/script&gt;"));
        Assert.That(html, Does.Contain("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
    }

    [Test]
    public void Ranking_table_lists_every_member_with_competition_ranks()
    {
        var csv = Chart.RenderCsv(GoldenCases.Spec("ranking-ties"));
        Assert.That(csv, Is.EqualTo(
            "排名,名称,数值（个）\r\n1,鸠江区,9\r\n2,江北新区,7\r\n2,高新区,7\r\n4,临江县,5\r\n4,经开区,5\r\n4,青山县,5\r\n7,东湖区,2\r\n"));
    }

    [Test]
    public void Ranking_table_keeps_the_rows_the_chart_leaves_out() =>
        Assert.That(Chart.RenderCsv(GoldenCases.Spec("ranking-200")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(201));

    [Test]
    public void Csv_quotes_commas_and_guards_formulas_but_not_negative_numbers()
    {
        var spec = new BarChartSpec
        {
            Title = "t",
            Categories = ["=HYPERLINK(\"x\")", "a,b"],
            Series = [new ChartSeries("s", Demo.Values(-1.5m, 1234m))],
        };
        Assert.That(Chart.RenderCsv(spec), Is.EqualTo(
            "类别,s（亿元）\r\n\"'=HYPERLINK(\"\"x\"\")\",-1.5\r\n\"a,b\",1234.0\r\n"));
    }

    [Test]
    public void Donut_table_gives_shares_of_the_positive_total_and_keeps_zero_rows()
    {
        var csv = Chart.RenderCsv(GoldenCases.Spec("donut-single"));
        Assert.That(csv, Is.EqualTo("名称,数值（亿元）,占比（%）\r\n省外资金,654.3,100.0\r\n外资,0.0,\r\n产业基金,-3.0,\r\n合计,654.3,100.0\r\n"));
    }

    [Test]
    public void Funnel_table_gives_conversion_from_the_stage_before_and_from_the_first()
    {
        var csv = Chart.RenderCsv(GoldenCases.Spec("funnel-projects"));
        Assert.That(csv, Does.Contain("开工,343,53.3,53.3\r\n"));
        Assert.That(csv, Does.Contain("入统,240,89.6,37.3\r\n"));
    }

    [Test]
    public void Gauge_table_gives_completion_schedule_and_light()
    {
        var csv = Chart.RenderCsv(GoldenCases.Spec("gauge-regions"));
        Assert.That(csv, Does.Contain("高新区,245.1,330.0,74.3,91.5,红牌\r\n"));
        Assert.That(csv, Does.Contain("青山县,128.4,,,91.5,无目标\r\n"));
    }

    [Test]
    public void Line_table_adds_the_target_column_and_leaves_months_to_come_empty()
    {
        var csv = Chart.RenderCsv(GoldenCases.Spec("line-cumulative"));
        Assert.That(csv, Does.StartWith("月份,2021年（亿元）,2020年（亿元）,年度目标（亿元）\r\n1月,98.2,72.4,1600.0\r\n"));
        Assert.That(csv, Does.Contain("11月,1447.0,1264.8,1600.0\r\n12月,,1469.4,1600.0\r\n"));
    }

    [Test]
    public void Percent_stack_table_adds_each_series_share()
    {
        var csv = Chart.RenderCsv(GoldenCases.Spec("stacked-percent"));
        Assert.That(csv, Does.Contain("鸠江区,120.5,80.0,60.8,51.1,312.4,38.6,25.6,19.5,16.4\r\n"));
    }
}
