using Analytics.Charts.Plotting;
using Analytics.Charts.Specs;
using Analytics.Charts.Tests.Golden;

namespace Analytics.Charts.Tests.Plotting;

/// <summary>What each kind shows, read back from the texts it draws.</summary>
public sealed class ChartBehaviourTests
{
    private static List<string> Texts(string name) => Texts(GoldenCases.Spec(name));

    private static List<string> Texts(ChartSpec spec) => Chart.Texts(spec).SelectMany(t => t.Split('\n')).ToList();

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
        var names = texts.Where(t => System.Text.RegularExpressions.Regex.IsMatch(t, "^项目[0-9]{3}$")).ToList();
        Assert.That(names, Has.Count.InRange(6, 14));
        var steps = names.Zip(names.Skip(1), (a, b) => int.Parse(b[2..]) - int.Parse(a[2..])).Distinct().ToList();
        Assert.That(steps, Has.Count.EqualTo(1), "evenly spaced");
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
        Assert.That(texts, Does.Contain("时序进度 91.5%").And.Contain("97.6%").And.Contain("● 绿牌").And.Contain("▲ 黄牌").And.Contain("◆ 红牌").And.Contain("无目标"));
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
    public void Sparkline_has_no_text_but_a_description_and_its_word_size()
    {
        var spec = GoldenCases.Spec("sparkline-funds");
        Assert.That(Texts(spec), Is.Empty);
        Assert.That(Chart.Describe(spec), Does.Contain("最新37.0 亿元"));
        Assert.That(Chart.Size(spec), Is.EqualTo((120, 28)));
    }

    [Test]
    public void Descriptions_name_the_kind_and_the_leading_figures()
    {
        Assert.That(Chart.Describe(GoldenCases.Spec("ranking-regions")), Does.StartWith("排名图，共7项").And.Contain("突出显示：青山县，第6名"));
        Assert.That(Chart.Describe(GoldenCases.Spec("gauge-regions")), Does.Contain("鸠江区完成率97.6%，绿牌"));
        Assert.That(Chart.Describe(GoldenCases.Spec("bar-empty")), Is.EqualTo("柱状图，暂无数据。"));
    }

    [Test]
    public void Long_names_are_shortened_and_rare_characters_kept()
    {
        var longNames = Texts(Support.EdgeCases.All().First(c => c.Name == "ranking-long-names").Spec);
        Assert.That(longNames.Any(t => t.EndsWith('…')), Is.True);
        Assert.That(Texts(Support.EdgeCases.All().First(c => c.Name == "bar-rare-characters").Spec), Does.Contain("猇亭区").And.Contain("秭归县"));
    }

    [Test]
    public void Markup_in_names_is_drawn_as_text()
    {
        var texts = Texts(Support.EdgeCases.All().First(c => c.Name == "ranking-xss").Spec);
        Assert.That(texts.Any(t => t.StartsWith("<script>", StringComparison.Ordinal)), Is.True);
    }

    [Test]
    public void A_phone_width_chart_keeps_its_width_and_wraps_long_names()
    {
        var texts = Texts("ranking-phone-long-names");
        Assert.That(texts.Any(t => t.StartsWith("江北新区", StringComparison.Ordinal) && !t.EndsWith("会", StringComparison.Ordinal)), Is.True, string.Join(" | ", texts));
        Assert.That(texts.Any(t => t.EndsWith("委员会", StringComparison.Ordinal)), Is.True, "the name's second line");
        Assert.That(Chart.Size(GoldenCases.Spec("ranking-phone-long-names")).Width, Is.EqualTo(360));
    }
}
