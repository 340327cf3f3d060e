using System.Net;
using Analytics.Tests.Cli;
using Analytics.Tests.Shared;
using Analytics.Tests.Web;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Analytics.Tests.Documents;

/// <summary>
/// The Word documents of the demo pages as of 2021-11-30: from <c>analytics render</c> and from the site, with the pages'
/// access rules, opened with the Open XML SDK and printed by LibreOffice (pages saved as PNGs under
/// <see cref="PrintedPages"/> for a look).
/// </summary>
public sealed class WordDownloadTests
{
    /// <summary>Where the printed pages are kept after the run: one folder per checkout, so that two checkouts' runs do not meet.</summary>
    public static readonly string PrintedPages = Path.Combine(Path.GetTempPath(), "analytics-documents", Path.GetFileName(CliRun.RepositoryRoot.TrimEnd('/')));

    private SiteFactory site = null!;

    [OneTimeSetUp]
    public void Start() => site = new SiteFactory(DemoDataDirectory.Data);

    [OneTimeTearDown]
    public void Stop() => site.Dispose();

    private static string Render(string name, params string[] more)
    {
        var directory = Directory.CreateDirectory(Path.Combine(PrintedPages, name)).FullName;
        var file = Path.Combine(directory, name + ".docx");
        var (exit, _, error) = CliRun.Analytics(["render", name, "--as-of", "2021-11-30", "--format", "docx", "--out", file, "--data", DemoDataDirectory.Data, .. more]);
        Assert.That(exit, Is.EqualTo(0), error);
        return file;
    }

    private static List<(string Style, string Text)> Paragraphs(WordprocessingDocument document) =>
        document.MainDocumentPart!.Document.Body!.Elements<Paragraph>().Select(p => (p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "", p.InnerText)).ToList();

    [Test]
    public void The_weekly_briefing_has_its_sections_tables_chart_and_signature()
    {
        using var document = WordprocessingDocument.Open(Render("weekly-briefing"), false);
        var paragraphs = Paragraphs(document);
        Assert.That(paragraphs[0], Is.EqualTo(("DocTitle", "招商引资工作周报")));
        Assert.That(paragraphs.Where(p => p.Style == "DocHeading1").Select(p => p.Text), Is.EqualTo(new[]
        {
            "一、总体情况（1—11月份累计）", "二、本周动态", "三、红黄牌地区", "四、签约项目推进情况", "五、各地区排名", "六、重点项目",
        }));
        Assert.That(paragraphs, Does.Contain(("DocBody", "1—11月份，全市新签约亿元以上项目643个，较去年同期增加233个。其中，新签约10亿元以上项目92个、20亿元以上项目30个、50亿元以上项目10个。")));
        var body = document.MainDocumentPart!.Document.Body!;
        Assert.That(body.Elements<Table>().Count(), Is.EqualTo(6));
        Assert.That(body.Elements<Table>().All(t => t.Elements<TableRow>().First().TableRowProperties!.GetFirstChild<TableHeader>() is not null));
        Assert.That(document.MainDocumentPart.ImageParts.Count(), Is.EqualTo(3));
        Assert.That(paragraphs, Does.Contain(("DocCaption", "图2　1—11月份全市新签约亿元以上项目推进情况")));
        Assert.That(paragraphs[^2..], Is.EqualTo(new[] { ("DocSignature", "江城市投资促进中心"), ("DocSignature", "2021年11月30日") }));
        Assert.That(paragraphs.Where(p => p.Text.Length == 0 && p.Style != ""), Is.Empty);
    }

    [Test]
    public void LibreOffice_prints_every_page_of_the_weekly_briefing_with_ink_on_it()
    {
        var pdf = OfficeTools.Convert(Render("weekly-briefing"), "pdf", CliRun.RepositoryRoot);
        var pages = OfficeTools.Rasterise(pdf);
        Assert.That(pages, Has.Count.InRange(3, 20));
        foreach (var page in pages)
        {
            Assert.That(OfficeTools.InkShare(page), Is.GreaterThan(OfficeTools.LeastInk(page, pages)), page);
            TestContext.AddTestAttachment(page);
        }
        TestContext.Out.WriteLine($"{pages.Count} pages: {Path.GetDirectoryName(pdf)}");
    }

    [TestCase("region", "--region", "鸠江区")]
    [TestCase("monthly-bulletin")]
    [TestCase("public-statistics")]
    public void Other_pages_print_too(string name, params string[] more)
    {
        var pages = OfficeTools.Rasterise(OfficeTools.Convert(Render(name, more), "pdf", CliRun.RepositoryRoot));
        Assert.That(pages, Is.Not.Empty);
        foreach (var page in pages) Assert.That(OfficeTools.InkShare(page), Is.GreaterThan(OfficeTools.LeastInk(page, pages)), page);
    }

    [Test]
    public async Task An_internal_document_needs_a_login()
    {
        var anonymous = await site.Anonymous().GetAsync("/weekly-briefing.docx?asOf=2021-11-30");
        Assert.That(anonymous.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(anonymous.Headers.Location!.ToString(), Does.StartWith("/login?returnUrl="));
        var client = await site.LoggedIn();
        var response = await client.GetAsync("/weekly-briefing.docx?asOf=2021-11-30");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        Assert.That(response.Headers.CacheControl!.Private, Is.True);
        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        Assert.That(document.MainDocumentPart!.Document.Body!.InnerText, Does.Contain("废旧动力电池综合利用项目"));
    }

    [Test]
    public async Task The_public_document_is_aggregate_only_and_as_of_the_published_date()
    {
        var response = await site.Anonymous().GetAsync("/public-statistics.docx?asOf=2021-11-20");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentDisposition!.FileNameStar, Is.EqualTo("招商引资统计数据-2021-10-31.docx"));
        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var text = document.MainDocumentPart!.Document.Body!.InnerText;
        Assert.That(text, Does.Contain("1—10月份，全市新签约亿元以上项目585个"));
        Assert.That(text, Does.Not.Contain("有限公司").And.Not.Contain("项目名称"));
        Assert.That(document.MainDocumentPart.ImageParts.Count(), Is.GreaterThan(2));
    }

    [Test]
    public async Task The_office_s_name_and_logo_text_are_settings()
    {
        using var other = new SiteFactory(DemoDataDirectory.Data, new Dictionary<string, string> { ["Office:Name"] = "青山市招商局", ["Office:LogoText"] = "青山招商" });
        var bytes = await other.Anonymous().GetByteArrayAsync("/public-statistics.docx?asOf=2021-11-30");
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        Assert.That(Paragraphs(document)[^2], Is.EqualTo(("DocSignature", "青山市招商局")));
        var html = await other.Anonymous().GetStringAsync("/?asOf=2021-11-30");
        Assert.That(html, Does.Contain("<a class=\"brand\" href=\"/\">青山招商</a>").And.Contain(" · 青山招商</title>"));
    }

    [Test]
    public async Task Every_page_links_to_its_document()
    {
        var html = await (await site.Anonymous().GetAsync("/?asOf=2021-11-30")).Content.ReadAsStringAsync();
        Assert.That(html, Does.Contain("href=\"/public-statistics.docx?asOf=2021-11-30&amp;period=ytd\">下载 Word 文档</a>"));
        Assert.That(html, Does.Contain("href=\"/public-statistics.xlsx?asOf=2021-11-30&amp;period=ytd\">下载 Excel 表格</a>"));
    }
}
