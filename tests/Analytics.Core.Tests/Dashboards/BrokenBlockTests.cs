using Analytics.Core.Dashboards;

namespace Analytics.Core.Tests.Dashboards;

/// <summary>A broken block shows a Chinese message in its place and in Problems; the rest of the page still renders.</summary>
public sealed class BrokenBlockTests
{
    private const string After = "\n\n后面的段落：{{ signed.atLeast.1 }}个。\n\n```kpis\n- figure: funds.inPlace\n  label: 资金\n```\n";

    private static RenderedPage Page(string block) => DemoSetup.RenderTest("# 标题\n\n" + block + After);

    private static void AssertRestRenders(RenderedPage page)
    {
        Assert.That(page.Html, Does.Contain("<p>后面的段落：643个。</p>"));
        Assert.That(page.Text, Does.Contain("资金：1447亿元"));
    }

    [Test]
    public void An_unknown_model_names_the_block_and_the_models()
    {
        var page = Page("```chart\ntype: bar\nmodel: kpi\nby: region\nmetric: signed_ge1\n```");

        Assert.That(page.Problems.Single(), Is.EqualTo("区块#0（chart，第7行）：未知模型「kpi」，可用：kpis、rankings、monthly、funnel、target_progress、investor_shares、activity_counts"));
        Assert.That(page.Html, Does.Contain("<div class=\"block-error\" role=\"alert\">区块#0（chart，第7行）：未知模型「kpi」"));
        AssertRestRenders(page);
    }

    [Test]
    public void An_unknown_block_kind_names_the_kinds()
    {
        var page = Page("```chrat\ntype: bar\n```");

        Assert.That(page.Problems.Single(), Does.StartWith("区块#0（chrat，第7行）：未知的区块类型「chrat」，可用：kpis、chart、ranking、lights、projects、narrative"));
        AssertRestRenders(page);
    }

    [Test]
    public void An_unknown_field_of_a_kpi_row_names_the_field_and_what_exists()
    {
        var page = Page("```kpis\n- figure: funds.inPlac\n  label: 资金\n```");

        Assert.That(page.Problems.Single(), Does.StartWith("区块#0（kpis，第7行）：未知字段「inPlac」").And.Contain("inPlace"));
        AssertRestRenders(page);
    }

    [TestCase("```chart\ntype: pie\nmodel: kpis\n```", "未知图表类型「pie」")]
    [TestCase("```chart\ntype: bar\nmodel: kpis\nby: county\nmetric: signed_ge1\n```", "选项 by 的值「county」无效，可用：region、industry_chain、fund_source")]
    [TestCase("```chart\ntype: bar\nmodel: kpis\nby: region\nmetric: profit\n```", "选项 metric 的值「profit」无效")]
    [TestCase("```chart\ntype: bar\nmodel: kpis\nby: region\nmetric: signed_ge1\ncolour: red\n```", "未知选项「colour」")]
    [TestCase("```chart\ntype: gauge\nmodel: kpis\nby: region\nmetric: signed_ge1\n```", "gauge 只能用于 model: target_progress")]
    [TestCase("```chart\nmodel: kpis\n```", "缺少选项 type")]
    [TestCase("```ranking\nby: industry_chain\nmetric: target_completion\n```", "目标完成率只按地区排名")]
    [TestCase("```ranking\nby: region\nmetric: signed_count\ntop: many\n```", "选项 top 应为 1—1000 的整数，发现「many」")]
    [TestCase("```lights\nregion: 火星区\n```", "未知地区「火星区」")]
    [TestCase("```projects\nlist: everything\n```", "选项 list 的值「everything」无效")]
    [TestCase("```narrative\nregion: [a, b\n```", "第8行：YAML 格式有误：列表缺少「]」")]
    public void A_bad_option_is_a_clear_message(string block, string message)
    {
        var page = Page(block);

        Assert.That(page.Problems.Single(), Does.StartWith("区块#0（").And.Contain(message));
        Assert.That(page.Html, Does.Contain("class=\"block-error\"").And.Not.Contain("   at "));
        AssertRestRenders(page);
    }

    [Test]
    public void Blocks_share_one_counter_and_code_stays_code()
    {
        var page = DemoSetup.RenderTest("```text\nplain\n```\n\n```kpis\n- figure: funds.inPlace\n```\n\n```chrat\n```\n\n```chart\ntype: funnel\nmodel: funnel\n```\n");

        Assert.That(page.Problems.Single(), Does.StartWith("区块#1（chrat"));
        Assert.That(page.Charts.Single().Block, Is.EqualTo(2));
        Assert.That(page.Html, Does.Contain("<pre><code class=\"language-text\">plain"));
    }
}
