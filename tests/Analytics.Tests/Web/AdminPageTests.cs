using System.Net;
using System.Text.RegularExpressions;
using Analytics.Audit;
using Analytics.Core.Tests.Digests;
using Analytics.Web.Accounts;

namespace Analytics.Tests.Web;

/// <summary>The admin page adds, disables, enables and resets accounts; each change is audited and ends the account's sessions.</summary>
public sealed class AdminPageTests
{
    private TempDirectory temp = null!;
    private string data = null!;
    private SiteFactory site = null!;

    [SetUp]
    public void Create()
    {
        temp = new TempDirectory("admin-");
        data = DemoDataDirectory.CopyTo(Path.Combine(temp.Path, "data"));
        File.Delete(AuditLog.FilePath(data)); // the shared demo directory's log holds the other fixtures' logins
        site = new SiteFactory(data, RoleAccessTests.Accounts());
    }

    [TearDown]
    public void Delete()
    {
        site.Dispose();
        temp.Dispose();
    }

    private static async Task<HttpResponseMessage> Post(HttpClient client, params (string Key, string Value)[] fields)
    {
        var page = await client.GetStringAsync("/admin/users");
        var token = Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        return await client.PostAsync("/admin/users", new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))
            .Append(new("__RequestVerificationToken", token))));
    }

    [Test]
    public async Task An_admin_adds_a_submitter_who_can_log_in_and_disabling_or_resetting_ends_their_session()
    {
        var admin = await site.LoggedIn();

        var added = await Post(admin, ("action", "add"), ("name", "wuhu"), ("password", "submit-pass-9"), ("role", "submitter"), ("regions", "鸠江区，高新区"));

        Assert.That(await added.Content.ReadAsStringAsync(), Does.Contain("已保存账号「wuhu」（地区填报员）。").And.Contain("<td>wuhu</td><td>地区填报员</td><td>鸠江区、高新区</td><td>正常</td>"));
        var cookie = await site.LoginCookie("wuhu", "submit-pass-9");
        Assert.That((await site.GetWithCookie("/region?region=高新区&asOf=2021-11-30", cookie)).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        await Post(admin, ("action", "disable"), ("name", "wuhu"));
        Assert.That((await site.GetWithCookie("/region?region=高新区&asOf=2021-11-30", cookie)).StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "disabled");
        Assert.That((await SiteFactory.Login(site.Anonymous(), "wuhu", "submit-pass-9")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));

        await Post(admin, ("action", "enable"), ("name", "wuhu"));
        cookie = await site.LoginCookie("wuhu", "submit-pass-9");
        var reset = await Post(admin, ("action", "reset"), ("name", "wuhu"), ("password", "new-pass-1234"));
        Assert.That(await reset.Content.ReadAsStringAsync(), Does.Contain("已为账号「wuhu」设置新密码，其登录已失效。"));
        Assert.That((await site.GetWithCookie("/region?region=高新区&asOf=2021-11-30", cookie)).StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "reset");
        await site.LoginCookie("wuhu", "new-pass-1234");

        var audit = new AuditLog(data).Read(SiteFactory.UserName).Select(e => e.Action).ToList();
        Assert.That(audit, Is.EqualTo(new[] { "login", "account-added", "account-disabled", "account-enabled", "account-changed" }));
    }

    [TestCase("submitter", "", "地区填报员至少要指定一个地区")]
    [TestCase("viewer", "short", "密码至少 8 个字符")]
    public async Task A_change_that_makes_no_sense_is_refused_with_the_reason(string role, string password, string message)
    {
        var response = await Post(await site.LoggedIn(), ("action", "add"), ("name", "x"), ("password", password == "" ? "long-enough-1" : password), ("role", role), ("regions", ""));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain(message));
    }

    [Test]
    public async Task Accounts_from_the_configuration_are_changed_only_there()
    {
        var response = await Post(await site.LoggedIn(), ("action", "disable"), ("name", "viewer"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
    }

    [Test]
    public async Task Only_admins_see_the_page_and_a_post_without_the_token_is_refused()
    {
        var viewer = site.Anonymous();
        await SiteFactory.Login(viewer, "viewer", RoleAccessTests.Password);
        Assert.That((await viewer.GetAsync("/admin/users")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await site.Anonymous().GetAsync("/admin/users")).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var noToken = await (await site.LoggedIn()).PostAsync("/admin/users", new FormUrlEncodedContent([new("action", "add"), new("name", "x"), new("password", "long-enough-1"), new("role", "admin")]));
        Assert.That(noToken.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(UserStore.Read(UserStore.FilePath(data)).Select(u => u.Name), Does.Not.Contain("x"));
    }

    [Test]
    public async Task Downloads_of_internal_tables_are_audited_also_when_the_cache_answers()
    {
        var admin = await site.LoggedIn();
        const string url = "/tables/weekly-briefing/2.csv?asOf=2021-11-30";
        Assert.That((await admin.GetAsync(url)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await admin.GetAsync(url)).StatusCode, Is.EqualTo(HttpStatusCode.OK)); // from the cache
        await site.Anonymous().GetAsync("/tables/public-statistics/1.csv?asOf=2021-11-30"); // public: not recorded

        var downloads = new AuditLog(data).Read().Where(e => e.Action == AuditActions.Download).Select(e => (e.User, e.Target)).ToList();

        Assert.That(downloads, Is.EqualTo(new[] { (SiteFactory.UserName, url), (SiteFactory.UserName, url) }));
    }
}
