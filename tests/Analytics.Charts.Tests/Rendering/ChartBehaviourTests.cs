using System.Xml.Linq;
using Analytics.Charts.Rendering;
using Analytics.Charts.Specs;
using Analytics.Charts.Tests.Golden;
using Analytics.Charts.Tests.Support;

namespace Analytics.Charts.Tests.Rendering;

/// <summary>What each kind shows, read back from its SVG text.</summary>
public sealed class ChartBehaviourTests
{
    private static List<string> Texts(string name) => Texts(GoldenCases.Spec(name));

    private static List<string> Texts(ChartSpec spec) =>
        XDocument.Parse(Chart.RenderSvg(spec)).Descendants(SvgText.Ns + "text").Select(t => t.Value).ToList();

    [Test]
    public void Ranking_orders_by_value_with_competition_ranks_and_ties_by_name()
    {
        var ranked = Ranking.Order([new("b", 5), new("a", 5), new("c", 9), new("d", 1)]);
        Assert.That(ranked.Select(r => (r.Rank, r.Name)), Is.EqualTo(new[] { (1, "c"), (2, "a"), (2, "b"), (4, "d") }));
    }

    [Test]
    public void Ranking_of_200_shows_the_top_rows_the_highlighted_member_and_a_note()
    {
        var texts = Texts("ranking-200");
        Assert.That(texts, Does.Contain("项目018").And.Contain("⋯").And.Contain("项目150").And.Contain("150"));
        Assert.That(texts, Does.Not.Contain("项目019"));
        Assert.That(texts, Does.Contain("另有181项未列出，完整数据见数据表。"));
    }

    [Test]
    public void Empty_specs_say_no_data()
    {
        foreach (var name in GoldenCases.Names.Where(n => n.EndsWith("-empty", StringComparison.Ordinal)))
            Assert.That(Texts(name), Does.Contain("暂无数据"), name);
    }

    [Test]
    public void Bars_carry_values_as_the_office_writes_them() =>
        Assert.That(Texts("bar-regions"), Does.Contain("312.4").And.Contain("单位：亿元"));

    [Test]
    public void Two_hundred_bars_thin_their_labels_to_every_twentieth_and_drop_values()
    {
        var texts = Texts("bar-200");
        Assert.That(texts.Count(t => System.Text.RegularExpressions.Regex.IsMatch(t, "^项目[0-9]{3}$")), Is.EqualTo(9));
        Assert.That(texts, Does.Contain("项目021").And.Not.Contain("项目002"));
        Assert.That(texts.Any(t => t == "120.0" || t == "121.0"), Is.False);
    }

    [Test]
    public void Donut_merges_slices_beyond_the_limit_into_other()
    {
        var texts = Texts("donut-many");
        Assert.That(texts, Does.Contain("其他").And.Contain("4,927.8，55.9%"));
        Assert.That(texts, Does.Contain("8,817.1"));
    }

    [Test]
    public void Donut_center_shows_the_total_and_labels_show_value_and_share() =>
        Assert.That(Texts("donut-sources"), Does.Contain("1,447.0").And.Contain("省外资金").And.Contain("654.3，45.2%"));

    [Test]
    public void Funnel_writes_conversion_rates_between_stages() =>
        Assert.That(Texts("funnel-projects"), Does.Contain("转化率 53.3%").And.Contain("转化率 78.1%").And.Contain("转化率 89.6%"));

    [Test]
    public void Gauge_writes_completion_schedule_and_light_in_words()
    {
        var texts = Texts("gauge-regions");
        Assert.That(texts, Does.Contain("时序进度 91.5%").And.Contain("97.6%").And.Contain("绿牌").And.Contain("黄牌").And.Contain("红牌"));
    }

    [Test]
    public void Line_writes_the_target_and_the_latest_values() =>
        Assert.That(Texts("line-cumulative"), Does.Contain("年度目标 1,600.0").And.Contain("1,447.0").And.Contain("1,469.4"));

    [Test]
    public void Cumulative_series_adds_up_and_leaves_missing_months_empty()
    {
        var series = ChartSeries.Cumulative("2021年", [1m, 2m, null, 4m]);
        Assert.That(series.Values, Is.EqualTo(new decimal?[] { 1m, 3m, null, 7m }));
    }

    [Test]
    public void Sparkline_has_no_text_but_an_accessible_name()
    {
        var svg = Chart.RenderSvg(GoldenCases.Spec("sparkline-funds"));
        var doc = XDocument.Parse(svg);
        Assert.That(doc.Descendants(SvgText.Ns + "text"), Is.Empty);
        Assert.That(doc.Root!.Element(SvgText.Ns + "title")!.Value, Is.EqualTo("鸠江区月度实际到位资金"));
        Assert.That(doc.Root!.Element(SvgText.Ns + "desc")!.Value, Does.Contain("最新37.0 亿元"));
        Assert.That(doc.Root!.Attribute("width")!.Value, Is.EqualTo("120"));
    }

    [Test]
    public void A_phone_width_chart_keeps_its_width_and_wraps_long_names()
    {
        var texts = Texts("ranking-phone-long-names");
        Assert.That(texts, Does.Contain("江北新区现代产").And.Contain("业园管理委员会"));
    }
}
