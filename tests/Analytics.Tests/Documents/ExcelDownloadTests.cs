using System.Net;
using System.Text.RegularExpressions;
using Analytics.Tests.Cli;
using Analytics.Tests.Web;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Analytics.Tests.Documents;

/// <summary>The workbooks of the demo pages as of 2021-11-30: a page's, a block's beside its CSV, from the site and from <c>analytics render</c>.</summary>
public sealed partial class ExcelDownloadTests
{
    private const string ExcelType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private SiteFactory site = null!;

    [OneTimeSetUp]
    public void Start() => site = new SiteFactory(DemoDataDirectory.Data);

    [OneTimeTearDown]
    public void Stop() => site.Dispose();

    private static List<(string Name, List<string> Texts)> Sheets(byte[] workbook)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(workbook), false);
        var part = document.WorkbookPart!;
        return part.Workbook.Descendants<Sheet>()
            .Select(s => (s.Name!.Value!, ((WorksheetPart)part.GetPartById(s.Id!.Value!)).Worksheet.Descendants<Cell>().Select(c => c.InnerText).ToList()))
            .ToList();
    }

    [Test]
    public async Task Every_table_and_chart_of_the_public_page_has_its_workbook_beside_its_csv()
    {
        var html = await (await site.Anonymous().GetAsync("/?asOf=2021-11-30")).Content.ReadAsStringAsync();
        var csvs = TableLinks().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).Where(u => u.Contains(".csv?", StringComparison.Ordinal)).Distinct().ToList();
        var workbooks = TableLinks().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).Where(u => u.Contains(".xlsx?", StringComparison.Ordinal)).Distinct().ToList();
        Assert.That(csvs, Has.Count.GreaterThan(5));
        Assert.That(workbooks, Is.EqualTo(csvs.Select(u => u.Replace(".csv?", ".xlsx?", StringComparison.Ordinal)).ToList()));
        foreach (var url in workbooks)
        {
            var response = await site.Anonymous().GetAsync(url);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), url);
            Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo(ExcelType));
            var (_, texts) = Sheets(await response.Content.ReadAsByteArrayAsync()).Single();
            Assert.That(texts[^1], Does.Contain(" · 数据截至2021年11月30日 · 数据版本 " + DemoDataDirectory.VersionId), url);
            Assert.That(texts, Has.None.Contains("有限公司"), url);
        }
    }

    [Test]
    public async Task The_region_chart_workbook_holds_the_numbers_of_its_csv()
    {
        var csv = await site.Anonymous().GetStringAsync("/tables/public-statistics/1.csv?asOf=2021-11-30");
        var workbook = await site.Anonymous().GetByteArrayAsync("/tables/public-statistics/1.xlsx?asOf=2021-11-30");
        var (_, texts) = Sheets(workbook).Single();
        Assert.That(csv.TrimStart('\uFEFF').Split("\r\n")[1], Is.EqualTo("经开区,137,78"));
        Assert.That(texts[..6], Is.EqualTo(new[] { "地区", "2021年（个）", "2020年（个）", "经开区", "137", "78" }));
    }

    [Test]
    public async Task The_page_workbook_has_a_sheet_per_table_and_chart_and_internal_ones_need_a_login()
    {
        var anonymous = await site.Anonymous().GetAsync("/weekly-briefing.xlsx?asOf=2021-11-30");
        Assert.That(anonymous.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var blockAnonymous = await site.Anonymous().GetAsync("/tables/weekly-briefing/0.xlsx?asOf=2021-11-30");
        Assert.That(blockAnonymous.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var client = await site.LoggedIn();
        var sheets = Sheets(await client.GetByteArrayAsync("/weekly-briefing.xlsx?asOf=2021-11-30"));
        Assert.That(sheets.Select(s => s.Name), Is.EqualTo(new[]
        {
            "表1 11月24日—11月30日全市新签约项目", "表2 11月24日—11月30日全市新开工项目", "表3 11月全市资金到位项目",
            "表4 截至2021年11月30日亮红、黄牌地区目标任务完成情况", "表5 1—11月份各地区新签约亿元以上项目数目标完成情况", "表6 1—11月份全市新签约亿元以上项目推进情况",
            "表7 1—11月份各地区新签约亿元以上项目数排名", "表8 1—11月份各地区新签约亿元以上项目数排名", "表9 1—11月份全市签约总投资前10位项目",
        }));
        Assert.That(sheets[0].Texts, Does.Contain("废旧动力电池综合利用项目"));
    }

    [Test]
    public void Render_writes_the_page_workbook()
    {
        var file = Path.Combine(Path.GetTempPath(), $"render-{Guid.NewGuid():N}.xlsx");
        try
        {
            var (exit, _, error) = CliRun.Analytics("render", "public-statistics", "--as-of", "2021-11-30", "--format", "xlsx", "--out", file, "--data", DemoDataDirectory.Data);
            Assert.That(exit, Is.EqualTo(0), error);
            var sheets = Sheets(File.ReadAllBytes(file));
            Assert.That(sheets, Has.Count.GreaterThan(5));
            Assert.That(sheets[0].Texts[..3], Is.EqualTo(new[] { "地区", "2021年（个）", "2020年（个）" }));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [GeneratedRegex("href=\"(/tables/[^\"]+)\"")]
    private static partial Regex TableLinks();
}
