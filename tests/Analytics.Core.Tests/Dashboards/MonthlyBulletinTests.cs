using Analytics.Core.Dashboards;
using Analytics.Core.Dashboards.Outline;

namespace Analytics.Core.Tests.Dashboards;

/// <summary>The monthly bulletin (月通报) on the demo data as of 2021-11-30: this month and the year side by side, ranks, who leads and lags, and its public flavour.</summary>
public sealed class MonthlyBulletinTests
{
    private static RenderedPage Bulletin(Audience viewer = Audience.Internal, string name = "monthly-bulletin") =>
        DemoSetup.Renderer().Render(DemoSetup.Page(name), DemoSetup.Request(viewer, Period.Month));

    private static IReadOnlyList<IReadOnlyList<string?>> Rows(RenderedPage page, string caption) =>
        page.Parts.OfType<TablePart>().Single(t => t.Table.Caption == caption).Table.Rows;

    [Test]
    public void The_signings_table_has_every_region_month_and_year_with_ranks_and_changes()
    {
        var page = Bulletin();
        Assert.That(page.Problems, Is.Empty);
        var table = page.Parts.OfType<TablePart>().First().Table;
        Assert.That(table.Headers, Is.EqualTo(new[] { "地区", "当月（11月）（个）", "上月（个）", "环比（%）", "当月名次", "累计（1—11月份）（个）", "累计名次", "同比（%）" }));
        Assert.That(Rows(page, "11月份各地区新签约亿元以上项目数（当月与累计）"), Is.EqualTo(new[]
        {
            new[] { "鸠江区", "7", "15", "-53.3", "4", "113", "2", "+82.3" },
            new[] { "东湖区", "9", "11", "-18.2", "3", "101", "4", "+102.0" },
            new[] { "临江县", "5", "5", "0.0", "5", "60", "6", "+42.9" },
            new[] { "青山县", "4", "9", "-55.6", "6", "48", "7", "+6.7" },
            new[] { "经开区", "12", "11", "+9.1", "2", "137", "1", "+75.6" },
            new[] { "高新区", "17", "12", "+41.7", "1", "109", "3", "+39.7" },
            new[] { "江北新区", "4", "8", "-50.0", "6", "75", "5", "+36.4" },
            new[] { "全市", "58", "71", "-18.3", null, "643", null, "+56.8" },
        }));
        Assert.That(Rows(page, "11月份各地区实际到位资金（当月与累计）")[^1], Is.EqualTo(new[] { "全市", "150.6", "138.0", "+9.1", null, "1,447.0", null, "+14.4" }));
    }

    [Test]
    public void It_says_who_leads_who_lags_and_who_has_no_breakthrough_yet()
    {
        var text = Bulletin().Text;
        Assert.That(text, Does.Contain("11月份，全市新签约亿元以上项目58个，较去年同期增加10个；新开工亿元以上项目56个，较去年同期增加17个；实际到位资金150.6亿元，同比增长2.1%。"));
        Assert.That(text, Does.Contain("新签约亿元以上项目数：11月份高新区（17个）、经开区（12个）、东湖区（9个）居前，青山县（4个）居后；1—11月份累计经开区（137个）、鸠江区（113个）、高新区（109个）位居前三，青山县（48个）居末。"));
        Assert.That(text, Does.Contain("截至2021年11月30日，东湖区、青山县尚未实现50亿元以上项目签约零的突破。"));
        Assert.That(text, Does.Contain("截至2021年11月30日各地区目标任务完成情况"));
    }

    [Test]
    public void The_public_flavour_withholds_what_the_public_may_not_see()
    {
        var page = Bulletin(Audience.Public, "public-monthly-bulletin");
        Assert.That(page.Problems, Is.Empty);
        Assert.That(page.HasSuppressed, Is.True);
        var rows = Rows(page, "11月份各地区新签约亿元以上项目数（当月与累计）");
        Assert.That(rows[2], Is.EqualTo(new[] { "临江县", "5", null, null, "5", "60", "6", "+42.9" }), "October's own figure is not the difference of two published totals");
        Assert.That(page.Text, Does.Not.Contain("尚未实现"), "a withheld count may be 0: nothing is said of breakthroughs");
        Assert.That(page.Text, Does.Not.Contain("有限公司"));
    }
}
