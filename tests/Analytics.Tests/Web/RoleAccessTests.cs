using System.Net;
using Analytics.Web.Accounts;

namespace Analytics.Tests.Web;

/// <summary>Every role against every kind of page and action: what it may open (200), where it is sent to log in (302) and what it is refused (403).</summary>
public sealed class RoleAccessTests
{
    public const string Password = "role-password-1";

    private SiteFactory site = null!;
    private readonly Dictionary<string, HttpClient> clients = [];

    /// <summary>The settings of one account per role: admin, viewer and a submitter of 鸠江区.</summary>
    public static Dictionary<string, string> Accounts()
    {
        var hash = PasswordHash.Create(Password);
        return new Dictionary<string, string>
        {
            ["Users:1:Name"] = "admin", ["Users:1:PasswordHash"] = hash, ["Users:1:Role"] = AccountRoles.Admin,
            ["Users:2:Name"] = "viewer", ["Users:2:PasswordHash"] = hash, ["Users:2:Role"] = AccountRoles.Viewer,
            ["Users:3:Name"] = "jiujiang", ["Users:3:PasswordHash"] = hash, ["Users:3:Role"] = AccountRoles.Submitter, ["Users:3:Regions:0"] = "鸠江区",
        };
    }

    [OneTimeSetUp]
    public async Task Start()
    {
        site = new SiteFactory(DemoDataDirectory.Data, Accounts());
        clients["anonymous"] = site.Anonymous();
        foreach (var name in new[] { "admin", "viewer", "jiujiang" })
        {
            var client = site.Anonymous();
            Assert.That((await SiteFactory.Login(client, name, Password)).StatusCode, Is.EqualTo(HttpStatusCode.Redirect), name);
            clients[name] = client;
        }
    }

    [OneTimeTearDown]
    public void Stop() => site.Dispose();

    //        url                                                              anonymous admin viewer submitter(鸠江区)
    [TestCase("/?asOf=2021-11-30",                                             200, 200, 200, 200)]
    [TestCase("/api/rankings?asOf=2021-11-30&by=region&metric=signed_count",   200, 200, 200, 200)]
    [TestCase("/weekly-briefing?asOf=2021-11-30",                              302, 200, 200, 403)]
    [TestCase("/tables/weekly-briefing/2.csv?asOf=2021-11-30",                 302, 200, 200, 403)]
    [TestCase("/region?region=鸠江区&asOf=2021-11-30",                          302, 200, 200, 200)]
    [TestCase("/charts/region/4.png?region=鸠江区&asOf=2021-11-30",             302, 200, 200, 200)]
    [TestCase("/region?region=江北新区&asOf=2021-11-30",                         302, 200, 200, 403)]
    [TestCase("/tables/region/5.csv?region=江北新区&asOf=2021-11-30",            302, 200, 200, 403)]
    [TestCase("/region?asOf=2021-11-30",                                       302, 200, 200, 302)]
    [TestCase("/api/models/kpis?asOf=2021-11-30",                              401, 200, 200, 403)]
    [TestCase("/status",                                                       302, 200, 403, 403)]
    [TestCase("/upload",                                                       302, 200, 403, 200)]
    [TestCase("/uploads",                                                      302, 200, 403, 200)]
    public async Task Each_role_gets_what_it_may_see(string url, int anonymous, int admin, int viewer, int submitter)
    {
        var expected = new Dictionary<string, int> { ["anonymous"] = anonymous, ["admin"] = admin, ["viewer"] = viewer, ["jiujiang"] = submitter };
        var actual = new Dictionary<string, int>();
        foreach (var (name, client) in clients) actual[name] = (int)(await client.GetAsync(url)).StatusCode;
        Assert.That(actual, Is.EquivalentTo(expected));
    }

    [Test]
    public async Task A_submitter_asking_for_the_region_page_is_sent_to_their_own_region()
    {
        var response = await clients["jiujiang"].GetAsync("/region?asOf=2021-11-30");
        Assert.That(response.Headers.Location!.OriginalString, Is.EqualTo("/region?asOf=2021-11-30&region=%E9%B8%A0%E6%B1%9F%E5%8C%BA"));
    }

    [Test]
    public async Task A_submitter_sees_only_their_region_in_the_navigation_and_no_other_internal_page()
    {
        var html = await clients["jiujiang"].GetStringAsync("/region?region=鸠江区&asOf=2021-11-30");
        var regions = System.Text.RegularExpressions.Regex.Match(html, "<nav class=\"regions\".*?</nav>").Value;
        Assert.That(regions, Does.Contain(">鸠江区</a>"));
        Assert.That(regions, Does.Not.Contain("江北新区").And.Not.Contain("青山县"));
        Assert.That(html, Does.Not.Contain("href=\"/weekly-briefing"));
    }

    [Test]
    public async Task A_submitter_gets_the_public_view_of_other_regions_and_the_full_view_of_their_own()
    {
        var own = await clients["jiujiang"].GetAsync("/api/kpis?asOf=2021-11-30&region=鸠江区");
        var other = await clients["jiujiang"].GetAsync("/api/kpis?asOf=2021-11-30&region=江北新区");
        Assert.That(own.Headers.CacheControl!.Private, Is.True, "their own region: the internal view");
        Assert.That(other.Headers.CacheControl!.Public, Is.True, "another region: the public view");
    }
}
