namespace Analytics.Tests.Cli;

/// <summary><c>analytics render</c> on the demo data: text with aligned tables, the site's HTML, and the page's access rules.</summary>
public sealed class RenderCommandTests
{
    private static (int Exit, string Output, string Error) Render(params string[] args) =>
        CliRun.Analytics(["render", .. args, "--data", DemoDataDirectory.Data]);

    [Test]
    public void Text_of_the_weekly_briefing_has_its_headings_narrative_and_aligned_tables()
    {
        var (exit, output, error) = Render("weekly-briefing", "--as-of", "2021-11-30");
        Assert.That(exit, Is.EqualTo(0), error);
        Assert.That(output, Does.StartWith("招商引资工作周报\n================\n"));
        Assert.That(output, Does.Contain("【总体情况（1—11月份累计）】"));
        Assert.That(output, Does.Contain("1—11月份，全市新签约亿元以上项目643个，较去年同期增加233个。"));
        // The signed projects' table: every row's amount ends in the same terminal column (Chinese characters count two).
        var lines = output.Split('\n');
        var header = Array.FindIndex(lines, l => l.StartsWith("序号  项目名称", StringComparison.Ordinal));
        Assert.That(header, Is.GreaterThan(0));
        var rows = lines.Skip(header + 1).TakeWhile(l => l.Length > 0).ToList();
        Assert.That(rows, Has.Count.GreaterThan(3));
        var amountEnds = rows.Select(r => Core.Documents.TextWidth.Of(r[..(r.LastIndexOf("  2021-", StringComparison.Ordinal))])).Distinct().ToList();
        Assert.That(amountEnds, Has.Count.EqualTo(1), string.Join("\n", rows));
        Assert.That(output, Does.EndWith($"数据版本 {DemoDataDirectory.VersionId} · 截至 2021-11-30\n"));
    }

    [Test]
    public void Text_of_the_public_page_is_as_of_its_published_date_and_names_no_project()
    {
        var (exit, output, error) = Render("public-statistics", "--as-of", "2021-11-20");
        Assert.That(exit, Is.EqualTo(0), error);
        Assert.That(output, Does.Contain("1—10月份，全市新签约亿元以上项目585个"));
        Assert.That(output, Does.Contain("经开区             125            70"));
        Assert.That(output, Does.Not.Contain("项目名称").And.Not.Contain("有限公司"));
    }

    [Test]
    public void Html_is_the_page_in_the_site_frame()
    {
        var (exit, output, error) = Render("region", "--region", "鸠江区", "--as-of", "2021-11-30", "--format", "html");
        Assert.That(exit, Is.EqualTo(0), error);
        Assert.That(output, Does.StartWith("<!doctype html>"));
        Assert.That(output, Does.Contain("<title>鸠江区 · 地区招商引资概况 · 招商引资数据</title>"));
        Assert.That(output, Does.Contain("数据版本 " + DemoDataDirectory.VersionId));
    }

    [Test]
    public void Out_writes_the_file()
    {
        var file = Path.Combine(Path.GetTempPath(), $"render-{Guid.NewGuid():N}.txt");
        try
        {
            var (exit, output, error) = Render("public-statistics", "--as-of", "2021-11-30", "--out", file);
            Assert.That(exit, Is.EqualTo(0), error);
            Assert.That(output, Is.Empty);
            Assert.That(File.ReadAllText(file), Does.StartWith("招商引资统计数据\n"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [TestCase(new[] { "region" }, "本页需要 --region，可选：")]
    [TestCase(new[] { "region", "--region", "火星区" }, "未知地区「火星区」")]
    [TestCase(new[] { "public-statistics", "--region", "鸠江区" }, "不分地区，不能指定 --region")]
    [TestCase(new[] { "no-such-page" }, "没有名为「no-such-page」的页面，可用：")]
    [TestCase(new[] { "weekly-briefing", "--as-of", "2030-01-01" }, "2030-01-01")]
    [TestCase(new[] { "weekly-briefing", "--format", "docx" }, "docx 与 xlsx 需要 --out FILE")]
    public void A_bad_request_is_one_line_and_exit_code_2(string[] args, string message)
    {
        var (exit, output, error) = Render(args);
        Assert.That(exit, Is.EqualTo(2), output);
        Assert.That(error, Does.Contain(message));
        Assert.That(error.Trim().Split('\n'), Has.Length.EqualTo(1), error);
    }
}
