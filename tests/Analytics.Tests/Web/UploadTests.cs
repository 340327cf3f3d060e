using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Analytics.Audit;
using Analytics.Core.Ingest.Store;
using Analytics.Core.Tests.Digests;
using Analytics.Tests.Ingest;

namespace Analytics.Tests.Web;

/// <summary>
/// Ledgers uploaded through the site (<c>POST /upload</c>, <c>POST /api/ledgers</c>) on a copy of the demo data: imported as the
/// command line imports them, refused with located problems, checked against a submitter's regions, serialised, and
/// refused without the form token, above the size limit, or with a name that is not a ledger's.
/// </summary>
public sealed class UploadTests
{
    private static readonly UTF8Encoding Utf8 = new(false);

    private TempDirectory temp = null!;
    private string data = null!;
    private SiteFactory site = null!;

    private static string Ledger(params string[] rows) => GeneratedLedgers.ProjectsHeader + "\n" + string.Join("\n", rows) + "\n";

    private const string GoodRow1 = "UP-001,鸠江光伏组件项目,甲新能源公司,鸠江区,新能源汽车,省外资金,12.5,2021-11-02,,,,已签约";
    private const string GoodRow2 = "UP-002,鸠江电池回收项目,乙循环科技,鸠江区,新能源汽车,本地资金,3,2021-11-09,,,,已签约";

    [SetUp]
    public void Create()
    {
        temp = new TempDirectory("upload-");
        data = DemoDataDirectory.CopyTo(Path.Combine(temp.Path, "data"));
        site = new SiteFactory(data, new Dictionary<string, string>(RoleAccessTests.Accounts()) { ["Site:UploadMaxMegabytes"] = "1" });
    }

    [TearDown]
    public void Delete()
    {
        site.Dispose();
        temp.Dispose();
    }

    private async Task<(HttpClient Client, string Token)> As(string name)
    {
        var client = site.Anonymous();
        Assert.That((await SiteFactory.Login(client, name, RoleAccessTests.Password)).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var form = await (await client.GetAsync("/upload")).Content.ReadAsStringAsync(); // a viewer gets 403 and no token
        return (client, Regex.Match(form, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value);
    }

    private static MultipartFormDataContent Files(string? token, params (string Name, string Text)[] files) => Files(token, files.Select(f => (f.Name, Utf8.GetBytes(f.Text))).ToArray());

    private static MultipartFormDataContent Files(string? token, params (string Name, byte[] Bytes)[] files)
    {
        var content = new MultipartFormDataContent();
        if (token is not null) content.Add(new StringContent(token), "__RequestVerificationToken");
        foreach (var (name, bytes) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            content.Add(part, "files", name);
        }
        return content;
    }

    private string? Current => new DataStore(data).CurrentId;

    [Test]
    public async Task A_submitters_good_ledger_is_imported_and_shows_on_their_region_page()
    {
        var (client, token) = await As("jiujiang");
        var before = Current;

        var response = await client.PostAsync("/upload", Files(token, ("鸠江区项目台账.csv", Ledger(GoodRow1, GoodRow2))));
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), html);
        Assert.That(Current, Is.Not.EqualTo(before));
        Assert.That(html, Does.Contain("导入成功").And.Contain($"<code class=\"version\">{Current}</code>"));
        Assert.That(html, Does.Contain("<td>鸠江区项目台账.csv</td><td class=\"num\">2</td>"));
        var page = await client.GetStringAsync("/region?region=鸠江区&asOf=2021-11-30");
        Assert.That(page, Does.Contain("鸠江光伏组件项目").And.Contain(Current!));
        var history = await client.GetStringAsync("/uploads");
        Assert.That(history, Does.Contain("鸠江区项目台账.csv").And.Contain(Current!));
        var (admin, _) = await As("admin");
        Assert.That(await admin.GetStringAsync("/status"), Does.Contain("<td>网站上报 · jiujiang</td>").And.Contain("<td>鸠江区项目台账.csv</td><td>成功</td>"));
        var audit = new AuditLog(data).Read("jiujiang").Select(e => (e.Action, e.Target, e.Detail)).ToList();
        Assert.That(audit, Does.Contain((AuditActions.Upload, "鸠江区项目台账.csv", Current)));
    }

    [Test]
    public async Task External_ranks_chosen_as_the_kind_are_imported_for_an_admin_and_refused_to_a_submitter()
    {
        const string ranks = "期间,指标,范围,名次\n2021年1—10月,新签约亿元以上项目数,全省,3\n";
        var before = Current;
        var (submitter, submitterToken) = await As("jiujiang");
        var refused = await submitter.PostAsync("/upload", WithKind(Files(submitterToken, ("省通报排名.csv", ranks)), "external_ranks"));
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(Current, Is.EqualTo(before));

        var (admin, token) = await As("admin");
        var response = await admin.PostAsync("/upload", WithKind(Files(token, ("省通报排名.csv", ranks)), "external_ranks"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), html);
        Assert.That(await admin.GetStringAsync("/upload"), Does.Contain("<option value=\"regions\">地区</option><option value=\"external_ranks\">外部排名</option>"));
        var entry = new DataStore(data).Current!.Files.Single(f => f.Name == "省通报排名.csv");
        Assert.That(entry.Kinds, Is.EqualTo(new[] { "external_ranks" }));
        Assert.That(entry.Rows, Is.EqualTo(new Dictionary<string, long> { ["external_ranks"] = 1 }));
    }

    private static MultipartFormDataContent WithKind(MultipartFormDataContent content, string kind)
    {
        content.Add(new StringContent(kind), "kind");
        return content;
    }

    [Test]
    public async Task A_row_of_another_region_is_an_error_naming_the_row_and_nothing_changes()
    {
        var (client, token) = await As("jiujiang");
        var before = Current;

        var response = await client.PostAsync("/upload", Files(token, ("鸠江区项目台账.csv",
            Ledger(GoodRow1, "UP-003,江北物流园,丙物流,江北新区,现代物流,省外资金,8,2021-11-03,,,,已签约"))));
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(Current, Is.EqualTo(before));
        Assert.That(html, Does.Contain("导入失败，数据未改变"));
        Assert.That(html, Does.Contain("<td>鸠江区项目台账.csv</td><td>鸠江区项目台账</td><td class=\"num\">3</td><td>所属地区</td><td>该行地区不在你的填报范围内"));
        Assert.That(html, Does.Contain("<td>江北新区</td><td>鸠江区</td>"));
    }

    [Test]
    public async Task A_bad_file_gets_the_imports_located_errors_as_json_and_a_fixed_file_then_goes_in()
    {
        var (client, token) = await As("jiujiang");
        client.DefaultRequestHeaders.Add("X-CSRF-TOKEN", token);
        var before = Current;

        var bad = await client.PostAsync("/api/ledgers", Files(null, ("鸠江区项目台账.csv", Ledger(GoodRow1, GoodRow2.Replace(",3,", ",三亿,")))));
        using var problems = JsonDocument.Parse(await bad.Content.ReadAsStringAsync());

        Assert.That(bad.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(Current, Is.EqualTo(before));
        var problem = problems.RootElement.GetProperty("problems").EnumerateArray().Single();
        Assert.That((problem.GetProperty("file").GetString(), problem.GetProperty("row").GetInt32(), problem.GetProperty("column").GetString(), problem.GetProperty("found").GetString()),
            Is.EqualTo(("鸠江区项目台账.csv", 3, "协议总投资(亿元)", "三亿")));
        Assert.That(problem.GetProperty("message").GetString(), Is.Not.Empty);
        Assert.That(problem.GetProperty("messageEn").GetString(), Is.Not.Empty);

        var fixedFile = await client.PostAsync("/api/ledgers", Files(null, ("鸠江区项目台账.csv", Ledger(GoodRow1, GoodRow2))));
        using var json = JsonDocument.Parse(await fixedFile.Content.ReadAsStringAsync());

        Assert.That(fixedFile.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(json.RootElement.GetProperty("version").GetString(), Is.EqualTo(Current).And.Not.EqualTo(before));
        Assert.That(json.RootElement.GetProperty("files")[0].GetProperty("rows").GetInt64(), Is.EqualTo(2));
    }

    [Test]
    public async Task Two_uploads_at_once_are_both_imported_one_after_the_other()
    {
        var (first, firstToken) = await As("jiujiang");
        var (second, secondToken) = await As("admin");

        var responses = await Task.WhenAll(
            first.PostAsync("/upload", Files(firstToken, ("鸠江区项目台账.csv", Ledger(GoodRow1)))),
            second.PostAsync("/upload", Files(secondToken, ("全市补充台账.csv", Ledger(GoodRow2)))));

        Assert.That(responses.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.OK));
        var files = new DataStore(data).Current!.Files.Select(f => f.Name).ToList();
        Assert.That(files, Does.Contain("鸠江区项目台账.csv").And.Contain("全市补充台账.csv"));
    }

    [Test]
    public async Task An_upload_without_the_form_token_is_refused_and_imports_nothing()
    {
        var (client, _) = await As("admin");
        var before = Current;

        var response = await client.PostAsync("/upload", Files(null, ("项目台账.csv", Ledger(GoodRow1))));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("缺少表单令牌"));
        Assert.That(Current, Is.EqualTo(before));
    }

    [Test]
    public async Task A_file_over_the_size_limit_is_refused_with_413()
    {
        var (client, token) = await As("admin");
        var big = Encoding.UTF8.GetBytes(Ledger(Enumerable.Range(1, 12_000).Select(i => $"BIG-{i:D5},项目{i},某公司,鸠江区,新能源汽车,省外资金,1,2021-11-02,,,,已签约").ToArray()));
        Assert.That(big.Length, Is.GreaterThan(1024 * 1024));

        var response = await client.PostAsync("/upload", Files(token, ("大文件.csv", big)));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("文件「大文件.csv」超过 1 MB 的上限"));
    }

    [TestCase("程序.exe")]
    [TestCase("../../.csv")]
    public async Task A_file_that_is_not_a_ledger_is_refused(string name)
    {
        var (client, token) = await As("admin");

        var response = await client.PostAsync("/upload", Files(token, (name, "MZ")));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("只接受 xlsx、xls 或 csv 文件"));
    }

    [Test]
    public async Task A_file_name_with_a_path_and_control_characters_is_imported_under_its_cleaned_name()
    {
        var (client, token) = await As("admin");

        var response = await client.PostAsync("/upload", Files(token, ("../../state/keys/\u0007台账\u200B.csv", Ledger(GoodRow1))));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        Assert.That(new DataStore(data).Current!.Files.Select(f => f.Name), Does.Contain("台账.csv"));
        Assert.That(Directory.GetFiles(Path.Combine(data, "state", "keys")).Where(f => f.EndsWith(".csv", StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public async Task A_viewer_may_not_upload_and_an_anonymous_reader_is_sent_to_log_in()
    {
        var (viewer, _) = await As("viewer");
        Assert.That((await viewer.GetAsync("/upload")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await viewer.PostAsync("/api/ledgers", Files(null, ("a.csv", Ledger(GoodRow1))))).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        var anonymous = site.Anonymous();
        Assert.That((await anonymous.GetAsync("/upload")).Headers.Location!.OriginalString, Is.EqualTo("/login?returnUrl=%2Fupload"));
        Assert.That((await anonymous.PostAsync("/api/ledgers", Files(null, ("a.csv", Ledger(GoodRow1))))).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }
}
