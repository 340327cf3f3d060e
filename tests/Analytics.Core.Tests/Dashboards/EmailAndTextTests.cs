using System.Text.RegularExpressions;
using Analytics.Charts.Tables;
using Analytics.Core.Dashboards;
using Analytics.Core.Dashboards.Outline;

namespace Analytics.Core.Tests.Dashboards;

/// <summary>The e-mail flavor (inline styles, cid: images, absolute links) and the plain text of a digest.</summary>
public sealed partial class EmailAndTextTests
{
    private static RenderedPage Render(string name, PageFlavor flavor, Audience viewer = Audience.Internal)
    {
        var page = DemoSetup.Page(name);
        return DemoSetup.Renderer("https://stats.example.org").Render(page, DemoSetup.Request(viewer, page.DefaultPeriod, null, flavor));
    }

    [Test]
    public void Email_images_are_cid_references_to_the_page_s_charts()
    {
        var page = Render("public-statistics", PageFlavor.Email, Audience.Public);

        var cids = CidImage().Matches(page.Html).Select(m => m.Groups[1].Value).ToList();
        Assert.That(page.Charts, Has.Count.EqualTo(8));
        Assert.That(cids, Is.EqualTo(page.Charts.Select(c => c.ContentId)));
        Assert.That(page.Charts[0].ContentId, Is.EqualTo("public-statistics-1@dashboards"));
        Assert.That(page.Html, Does.Not.Contain("src=\"/charts").And.Not.Contain(".svg"));
    }

    [Test]
    public void The_weekly_digest_leads_with_the_narrative_and_figures_and_cuts_long_lists()
    {
        var page = Render("weekly-briefing", PageFlavor.Email);

        var narrative = page.Html.IndexOf("1—11月份，全市新签约亿元以上项目643个", StringComparison.Ordinal);
        var kpis = page.Html.IndexOf("class=\"kpi-row\"", StringComparison.Ordinal);
        var firstList = page.Html.IndexOf("class=\"projects\"", StringComparison.Ordinal);
        Assert.That(narrative, Is.GreaterThan(0).And.LessThan(kpis));
        Assert.That(kpis, Is.LessThan(firstList));
        // 12 projects signed in the week: the first 5, then a link to the page.
        Assert.That(page.Html, Does.Contain("仅列出前5个，共12个：<a href=\"https://stats.example.org/weekly-briefing?asOf=2021-11-30\""));
        Assert.That(page.Text, Does.Contain("仅列出前5个，共12个。"));
        Assert.That(page.Charts.Select(c => c.Spec.GetType().Name), Is.EqualTo(new[] { "GaugeChartSpec", "FunnelChartSpec", "RankingChartSpec" }));
    }

    [Test]
    public void The_digest_s_project_lists_fit_a_phone_with_three_columns()
    {
        var page = Render("weekly-briefing", PageFlavor.Email);
        var web = Render("weekly-briefing", PageFlavor.Web);

        var signed = Tables(page).First(t => t.Caption == "11月24日—11月30日全市新签约项目");
        Assert.That(signed.Headers, Is.EqualTo(new[] { "项目名称", "地区", "协议总投资（亿元）" }));
        Assert.That(signed.Rows[0], Is.EqualTo(new[] { "废旧动力电池综合利用项目", "鸠江区", "16.5" }));
        var funds = Tables(page).First(t => t.Caption == "11月全市资金到位项目");
        Assert.That(funds.Headers, Has.Count.EqualTo(3));
        Assert.That(Tables(web).First(t => t.Caption == "11月24日—11月30日全市新签约项目").Headers, Has.Count.EqualTo(7), "the page keeps every column");

        var lights = Tables(page).First(t => t.Caption.EndsWith("目标任务完成情况", StringComparison.Ordinal));
        Assert.That(lights.Headers, Is.EqualTo(new[] { "地区", "指标", "完成率（%）", "亮牌" }));
        Assert.That(lights.Rows[0], Is.EqualTo(new[] { "青山县", "新开工亿元以上项目数", "69.2", "◆ 红牌" }));
        Assert.That(Tables(web).First(t => t.Caption.EndsWith("目标任务完成情况", StringComparison.Ordinal)).Headers, Has.Count.EqualTo(8));
    }

    private static IEnumerable<ChartTable> Tables(RenderedPage page) => page.Parts.OfType<TablePart>().Select(t => t.Table);

    [Test]
    public void Email_html_carries_its_styles_inline_and_links_absolute()
    {
        var page = Render("weekly-briefing", PageFlavor.Email);

        Assert.That(page.Html, Does.Contain("<h1 style=\"").And.Contain("<table class=\"kpi-row\" style=\"").And.Contain("<td class=\"kpi\" style=\""));
        Assert.That(page.Html, Does.Contain("class=\"cell light light-red\" style=\"").And.Contain("color:#b3261e"));
        var hrefs = Href().Matches(page.Html).Select(m => m.Groups[1].Value).ToList();
        Assert.That(hrefs, Is.Not.Empty);
        Assert.That(hrefs, Is.All.StartWith("https://stats.example.org/"));
        Assert.That(page.Html, Does.Contain("https://stats.example.org/region?asOf=2021-11-30&amp;region="));
        Assert.That(page.Html, Does.Not.Contain("<details"));
        // Every element with a class a mail client would drop has its look in a style attribute too.
        var classedWithoutStyle = ClassWithoutStyle().Matches(page.Html).Select(m => m.Value).Where(v => !v.Contains("class=\"block") && !v.Contains("kpi-unit") && !v.Contains("chart-block") && !v.Contains("class=\"chart\"")).ToList();
        Assert.That(classedWithoutStyle, Is.Empty);
    }

    [Test]
    public void The_text_flavor_holds_the_worked_example_figures()
    {
        var page = Render("weekly-briefing", PageFlavor.Text);

        Assert.That(page.Html, Is.Empty);
        Assert.That(page.Text, Does.Contain("1—11月份，全市新签约亿元以上项目643个，较去年同期增加233个。其中，新签约10亿元以上项目92个、20亿元以上项目30个、50亿元以上项目10个。"));
        Assert.That(page.Text, Does.Contain("实际到位资金：1447亿元（同比 +14.4%）").And.Contain("开工率：53.3%").And.Contain("入统率：37.3%"));
        Assert.That(page.Text, Does.Not.Contain("<").And.Not.Contain("&amp;"));
    }

    [Test]
    public void The_public_digest_text_has_headline_figures_and_no_markup()
    {
        var page = Render("public-statistics", PageFlavor.Text, Audience.Public);

        Assert.That(page.Text, Does.StartWith("招商引资统计数据\n"));
        Assert.That(page.Text, Does.Contain("新签约亿元以上项目：643个（较上年同期 +233个）"));
        Assert.That(page.Text, Does.Contain("【图表】1—11月份各地区实际到位资金"));
        Assert.That(page.Text, Does.Contain("— 表示涉及项目少于3个，依规不予公开。"));
    }

    [GeneratedRegex("<img src=\"cid:([^\"]+)\"")]
    private static partial Regex CidImage();

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex Href();

    [GeneratedRegex("<[a-z0-9]+ class=\"[^\"]*\"(?! style=)[^>]*>")]
    private static partial Regex ClassWithoutStyle();
}
