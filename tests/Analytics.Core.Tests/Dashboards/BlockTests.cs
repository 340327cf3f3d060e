using Analytics.Charts;
using Analytics.Charts.Specs;
using Analytics.Core.Dashboards;

namespace Analytics.Core.Tests.Dashboards;

/// <summary>Each kind of block on the demo data at 2021-11-30, with the figures it must show.</summary>
public sealed class BlockTests
{
    private static RenderedPage Page(string body, Period period = Period.Ytd, string? region = null) =>
        DemoSetup.RenderTest(body, period: period, region: region);

    [Test]
    public void A_kpi_row_shows_each_figure_with_last_year_s_comparison()
    {
        var page = Page("""
            ```kpis
            - figure: signed.atLeast.1
              label: 新签约亿元以上项目
            - figure: funds.inPlace
              label: 实际到位资金
            - figure: startRate
              label: 开工率
            - figure: started.atLeast.10
              label: 新开工10亿元以上
              compare: yoy
            - figure: underConstruction.atLeast1OutsideProvince
              label: 在建省外
            ```
            """);

        Assert.That(page.Problems, Is.Empty);
        Assert.That(page.Text, Does.Contain("新签约亿元以上项目：643个（较上年同期 +233个）"));
        Assert.That(page.Text, Does.Contain("实际到位资金：1447亿元（同比 +14.4%）"));
        Assert.That(page.Text, Does.Contain("开工率：53.3%（上年同期 56.1%）"));
        // 46 against 61: −24.6 %.
        Assert.That(page.Text, Does.Contain("新开工10亿元以上：46个（同比 −24.6%）"));
        Assert.That(page.Text, Does.Contain("在建省外：754个\n"));
        Assert.That(page.Html, Does.Contain("<div class=\"kpi-row\">").And.Contain("<p class=\"kpi-value\">643<span class=\"kpi-unit\">个</span></p>")
            .And.Contain("<p class=\"kpi-compare up\">较上年同期 +233个</p>").And.Contain("<p class=\"kpi-compare down\">同比 −24.6%</p>"));
    }

    [Test]
    public void A_bar_chart_of_kpis_by_region_compares_with_last_year()
    {
        var page = Page("""
            ```chart
            type: bar
            model: kpis
            by: region
            metric: signed_ge1
            compare: previous
            ```
            """);

        var spec = (BarChartSpec)page.Charts.Single().Spec;
        Assert.That(spec.Title, Is.EqualTo("1—11月份各地区新签约亿元以上项目数"));
        Assert.That(spec.Categories, Is.EqualTo(new[] { "经开区", "鸠江区", "高新区", "东湖区", "江北新区", "临江县", "青山县" }));
        Assert.That(spec.Series.Select(s => s.Name), Is.EqualTo(new[] { "2021年", "2020年" }));
        Assert.That(spec.Series[0].Values, Is.EqualTo(new decimal?[] { 137, 113, 109, 101, 75, 60, 48 }));
        Assert.That(spec.Series[1].Values, Is.EqualTo(new decimal?[] { 78, 62, 78, 50, 55, 42, 45 }));
        Assert.That(page.Html, Does.Contain("<img src=\"/charts/test-page/0.png?asOf=2021-11-30&amp;period=ytd\" srcset=\"/charts/test-page/0.png?asOf=2021-11-30&amp;period=ytd 1x, /charts/test-page/0@2x.png?asOf=2021-11-30&amp;period=ytd 2x\"")
            .And.Contain("alt=\"1—11月份各地区新签约亿元以上项目数：柱状图，7个类别，2个系列（2021年、2020年）。最大值：经开区 137个。\"").And.Contain("loading=\"lazy\"")
            .And.Contain("<a href=\"/tables/test-page/0.csv?asOf=2021-11-30&amp;period=ytd\">下载数据（CSV）</a>").And.Contain("<details"));
    }

    [Test]
    public void Ranking_donut_line_funnel_gauge_and_stacked_charts_carry_the_demo_figures()
    {
        var page = Page("""
            ```chart
            type: ranking
            model: rankings
            by: region
            metric: funds_in_place
            ```

            ```chart
            type: donut
            model: kpis
            by: fund_source
            metric: funds_in_place
            ```

            ```chart
            type: line
            model: monthly
            metric: funds
            ```

            ```chart
            type: funnel
            model: funnel
            ```

            ```chart
            type: gauge
            model: target_progress
            indicator: 新签约亿元以上项目数
            ```

            ```chart
            type: stacked
            model: kpis
            by: industry_chain
            metric: signed_bands
            ```
            """);

        Assert.That(page.Problems, Is.Empty);
        var ranking = (RankingChartSpec)page.Charts[0].Spec;
        Assert.That(ranking.Items.Select(i => (i.Name, Math.Round(i.Value, 1))).Take(3), Is.EqualTo(new[] { ("高新区", 275.7m), ("经开区", 266.5m), ("鸠江区", 232.8m) }));
        var donut = (DonutChartSpec)page.Charts[1].Spec;
        Assert.That(donut.Slices.Sum(s => s.Value), Is.EqualTo(1447m));
        Assert.That(Math.Round(donut.Slices.Single(s => s.Name == "省外资金").Value, 1), Is.EqualTo(1169.6m));
        var line = (LineChartSpec)page.Charts[2].Spec;
        Assert.That(line.Categories, Has.Count.EqualTo(11));
        Assert.That((line.Series[0].Values[10], line.Series[1].Values[10]), Is.EqualTo(((decimal?)1447m, (decimal?)1264.9m)));
        var funnel = (FunnelChartSpec)page.Charts[3].Spec;
        // 签约 → 开工 → 入统 → 投产 of the 643 signings of ≥ 1 亿元: 开工 343 (53.3 %) and 入统 240 (37.3 %), the rates of kpis.
        Assert.That(funnel.Stages.Select(s => (s.Name, s.Value)), Is.EqualTo(new[] { ("签约", 643m), ("开工", 343m), ("入统", 240m), ("投产", 0m) }));
        var gauge = (GaugeChartSpec)page.Charts[4].Spec;
        Assert.That(gauge.Rows[0], Is.EqualTo(new GaugeRow("全市", 643m, 726m)));
        Assert.That(gauge.Schedule, Is.EqualTo(334m / 365m));
        var stacked = (StackedBarChartSpec)page.Charts[5].Spec;
        Assert.That(stacked.Series.Select(s => s.Name), Is.EqualTo(new[] { "1—10亿元", "10—20亿元", "20—50亿元", "50亿元以上" }));
        // 生物医药 leads the chains with 71 signings ≥ 1 亿元: 65, 5, 1 and 0 by band.
        Assert.That(stacked.Categories[0], Is.EqualTo("生物医药"));
        Assert.That(stacked.Series.Select(s => s.Values[0]), Is.EqualTo(new decimal?[] { 65, 5, 1, 0 }));
    }

    [Test]
    public void A_ranking_table_shows_ranks_last_year_and_arrows()
    {
        var page = Page("""
            ```ranking
            by: region
            metric: signed_count
            top: 3
            ```
            """);

        Assert.That(page.Text, Does.Contain("""
            名次  地区  新签约亿元以上项目数（个）  上年同期（个）  上年名次  名次变化
            1  经开区  137  78  1  持平
            2  鸠江区  113  62  3  ↑1
            3  高新区  109  78  1  ↓2
            """.ReplaceLineEndings("\n")));
        Assert.That(page.Text, Does.Not.Contain("东湖区"));
        Assert.That(page.Html, Does.Contain("<td class=\"num rank-up\">↑1</td>").And.Contain("<td class=\"num rank-down\">↓2</td>"));
    }

    [Test]
    public void The_traffic_light_table_shows_completion_schedule_gap_and_the_light_as_colour_and_word()
    {
        var page = Page("""
            ```lights
            indicator: 新开工亿元以上项目数
            show: [red]
            ```
            """);

        Assert.That(page.Text, Does.Contain("青山县  78  54  69.2  91.5  −22.3  ◆ 红牌"));
        Assert.That(page.Html, Does.Contain("<td class=\"cell light light-red\">◆ 红牌</td>"));
        Assert.That(page.Text, Does.Not.Contain("黄牌"));
    }

    [Test]
    public void A_project_list_follows_the_request_s_period()
    {
        var week = Page("```projects\nlist: started\n```", Period.Week);
        var month = Page("```projects\nlist: started\n```", Period.Month);

        Assert.That(week.Text, Does.Contain("11月24日—11月30日全市新开工项目").And.Contain("新开工项目10个，协议总投资29.3亿元。"));
        Assert.That(week.Text, Does.Contain("弘岚生态养殖基地项目  上海市弘岚食品有限公司  高新区  现代农业与食品  9.3  2021-11-30"));
        Assert.That(month.Text, Does.Contain("11月份全市新开工项目"));
        Assert.That(month.Text, Does.Not.Contain("新开工项目10个"));
    }

    [Test]
    public void The_top_projects_are_the_year_s_largest_signings()
    {
        var page = Page("```projects\nlist: top\ntop: 3\n```");

        Assert.That(page.Text, Does.Contain("1—11月份全市签约总投资前3位项目"));
        var rows = page.Text.Split('\n').Where(l => l.StartsWith("1  ") || l.StartsWith("2  ") || l.StartsWith("3  ")).ToList();
        Assert.That(rows, Has.Count.EqualTo(3));
        var amounts = rows.Select(r => decimal.Parse(r.Split("  ")[5], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.That(amounts, Is.Ordered.Descending);
    }

    [Test]
    public void Region_names_on_an_internal_page_link_to_the_region_page()
    {
        var page = Page("```ranking\nby: region\nmetric: signed_count\n```");

        Assert.That(page.Html, Does.Contain("<a href=\"/region?asOf=2021-11-30&amp;region=%E7%BB%8F%E5%BC%80%E5%8C%BA\">经开区</a>"));
    }

    [Test]
    public void A_narrative_of_a_region_speaks_of_that_region()
    {
        var page = Page("```narrative\nregion: 青山县\n```");

        Assert.That(page.Text, Does.Contain("1—11月份，青山县新签约亿元以上项目48个，较去年同期增加3个。"));
        Assert.That(page.Text, Does.Contain("青山县4项目标任务中，"));
    }
}
