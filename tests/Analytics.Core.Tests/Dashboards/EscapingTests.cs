using System.Text;
using Analytics.Charts;
using Analytics.Core.Dashboards;
using Analytics.Core.Tests.Metrics;

namespace Analytics.Core.Tests.Dashboards;

/// <summary>
/// Ledger text reaches pages only escaped: a small ledger whose project names, investors and a region hold
/// <c>&lt;script&gt;</c>, quotes and <c>&amp;</c>; and raw HTML written in a page shows as text.
/// </summary>
public sealed class EscapingTests
{
    private const string Script = "<script>alert('x')</script>智能工厂项目";
    private const string Investor = "A&B <b>控股</b>有限公司";
    private const string Formula = "=HYPERLINK(\"http://x\")项目";
    private const string OddRegion = "江<北>&\"新\"区";
    private static readonly DateOnly AsOf = new(2021, 6, 30);

    private ImportedVersion version = null!;

    [OneTimeSetUp]
    public void Import() => version = ImportedVersion.Create(Write, AsOf);

    [OneTimeTearDown]
    public void Remove() => version.Dispose();

    private static IReadOnlyList<string> Write(string directory)
    {
        Directory.CreateDirectory(directory);
        var projects = Path.Combine(directory, "项目台账.csv");
        var rows = new[]
        {
            ("E01", Script, Investor, OddRegion, "30", "2021-03-01"),
            ("E02", Formula, "甲公司", OddRegion, "20", "2021-04-01"),
            ("E03", "普通项目", "乙公司", OddRegion, "10", "2021-05-01"),
            ("E04", "东区项目", "丙公司", "东区", "5", "2021-05-02"),
        };
        var csv = new StringBuilder("项目编号,项目名称,投资方,所属地区,产业链,资金来源,协议总投资(亿元),签约日期\n");
        foreach (var (id, name, investor, region, amount, signed) in rows)
            csv.Append(string.Join(',', id, Quote(name), Quote(investor), Quote(region), "新能源汽车", "省外资金", amount, signed)).Append('\n');
        File.WriteAllText(projects, csv.ToString(), new UTF8Encoding(true));
        return
        [
            projects, LedgerCsv.Funds(directory, [("E01", "2021-04", 1m), ("E02", "2021-05", 2m), ("E03", "2021-06", 3m)]),
            LedgerCsv.Targets(directory, [(2021, OddRegion, "新签约亿元以上项目数", 6m)]),
            LedgerCsv.Activities(directory, [("2021-03-01", OddRegion, "外出招商", 1)]),
        ];
    }

    private static string Quote(string cell) => "\"" + cell.Replace("\"", "\"\"") + "\"";

    private RenderedPage Render(string body, Audience viewer = Audience.Internal, string audience = "internal") =>
        new DashboardRenderer(version.Reader, new PageLinks()).Render(DemoSetup.TestPage(body, audience), new PageRequest(AsOf, Period.Ytd, null, viewer));

    [Test]
    public void Project_names_investors_and_regions_from_a_ledger_are_escaped()
    {
        var page = Render("```projects\nlist: signed\n```\n\n```ranking\nby: region\nmetric: signed_count\n```\n\n```lights\n```\n");

        Assert.That(page.Problems, Is.Empty);
        Assert.That(page.Html, Does.Contain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;智能工厂项目"));
        Assert.That(page.Html, Does.Contain("A&amp;B &lt;b&gt;控股&lt;/b&gt;有限公司"));
        Assert.That(page.Html, Does.Contain(">江&lt;北&gt;&amp;&quot;新&quot;区</a>"));
        Assert.That(page.Html, Does.Contain("region=%E6%B1%9F%3C%E5%8C%97%3E%26%22%E6%96%B0%22%E5%8C%BA"));
        Assert.That(page.Html, Does.Not.Contain("<script").And.Not.Contain("<b>").And.Not.Contain("<北>"));
        // The plain text keeps the words as they are: it is not HTML.
        Assert.That(page.Text, Does.Contain(Script).And.Contain(Investor));
    }

    [Test]
    public void Charts_and_their_tables_escape_member_names()
    {
        var page = Render("```chart\ntype: ranking\nmodel: kpis\nby: region\nmetric: signed_count\n```\n");

        // The image draws the name as it is (it is pixels, not markup); the page around it escapes it.
        Assert.That(Chart.Texts(page.Charts.Single().Spec).Any(t => t.Contains("江<北>&", StringComparison.Ordinal)), Is.True);
        Assert.That(page.Html, Does.Contain("江&lt;北&gt;&amp;&quot;新&quot;区").And.Not.Contain("<北>"));
    }

    [Test]
    public void A_csv_guards_a_name_that_would_run_as_a_formula()
    {
        var renderer = new DashboardRenderer(version.Reader, new PageLinks());
        var csv = renderer.Csv(DemoSetup.TestPage("```projects\nlist: signed\n```\n"), 0, new PageRequest(AsOf, Period.Ytd, null, Audience.Internal));

        Assert.That(csv, Does.Contain("\"'=HYPERLINK(\"\"http://x\"\")项目\""));
        Assert.That(csv, Does.Contain("\"江<北>&\"\"新\"\"区\""));
    }

    [Test]
    public void Raw_html_written_in_a_page_shows_as_text()
    {
        var page = Render("<script>alert(1)</script>\n\n段落里的 <b>粗体</b> 与 <img src=x onerror=alert(1)>\n\n[点我](javascript:alert(1)) [地区](/region?asOf=2021-06-30)\n");

        Assert.That(page.Html, Does.Contain("&lt;script&gt;alert(1)&lt;/script&gt;").And.Contain("&lt;b&gt;粗体&lt;/b&gt;").And.Contain("&lt;img src=x onerror=alert(1)&gt;"));
        Assert.That(page.Html, Does.Not.Contain("<script").And.Not.Contain("<b>").And.Not.Contain("<img").And.Not.Contain("javascript:"));
        Assert.That(page.Html, Does.Contain("<a href=\"#\">点我</a>").And.Contain("<a href=\"/region?asOf=2021-06-30\">地区</a>"));
    }
}
