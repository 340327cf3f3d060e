using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Analytics.Tests.Web;

/// <summary>The login under attack: return URLs that leave the site or break the response, and oversized forms.</summary>
public sealed class LoginAttackTests
{
    private SiteFactory site = null!;

    [OneTimeSetUp]
    public void Start() => site = new SiteFactory(DemoDataDirectory.Data);

    [OneTimeTearDown]
    public void Stop() => site.Dispose();

    [TestCase("/\t/evil.example", Description = "browsers drop the tab and read //evil.example")]
    [TestCase("/\t\t//evil.example")]
    [TestCase("/\n/evil.example")]
    [TestCase("/\r\n/evil.example")]
    [TestCase(" //evil.example")]
    [TestCase("/%2F/evil.example")]
    [TestCase("/weekly-briefing/../../evil.example")]
    [TestCase("/./evil.example")]
    [TestCase("/evil.example/steal")]
    [TestCase("/login")]
    [TestCase("javascript:alert(1)")]
    [TestCase("/\u3000/evil.example")]
    public async Task A_return_url_that_is_not_a_page_of_the_site_gives_the_default_page(string returnUrl)
    {
        var response = await SiteFactory.Login(site.Anonymous(), SiteFactory.UserName, SiteFactory.Password, returnUrl);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location!.OriginalString, Is.EqualTo("/weekly-briefing"));
    }

    [TestCase("/region?region=鸠江区&asOf=2021-11-30", "/region?region=%E9%B8%A0%E6%B1%9F%E5%8C%BA&asOf=2021-11-30")]
    [TestCase("/weekly-briefing?asOf=2021-11-30\nSet-Cookie: a=b", "/weekly-briefing?asOf=2021-11-30%0ASet-Cookie%3A%20a%3Db")]
    [TestCase("/charts/weekly-briefing/0.svg?asOf=2021-11-30#top", "/charts/weekly-briefing/0.svg?asOf=2021-11-30")]
    [TestCase("/api/models/kpis?asOf=2021-11-30", "/api/models/kpis?asOf=2021-11-30")]
    [TestCase("/", "/")]
    public async Task A_return_url_of_a_page_of_the_site_is_kept_with_its_query_encoded(string returnUrl, string location)
    {
        var response = await SiteFactory.Login(site.Anonymous(), SiteFactory.UserName, SiteFactory.Password, returnUrl);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location!.OriginalString, Is.EqualTo(location));
    }

    [TestCase("/login?returnUrl=%2F%09%2Fevil.example", "/weekly-briefing")]
    [TestCase("/login?returnUrl=%2Fweekly-briefing%0A%2Fevil.example", "/weekly-briefing")]
    [TestCase("/login?returnUrl=%2Fweekly-briefing%3FasOf%3D2021-11-30%0Ax", "/weekly-briefing?asOf=2021-11-30%0Ax")]
    public async Task The_login_form_carries_only_a_cleaned_return_url(string url, string carried)
    {
        var response = await site.Anonymous().GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Regex.Match(html, "name=\"returnUrl\" value=\"([^\"]*)\"").Groups[1].Value, Is.EqualTo(carried));
    }

    [Test]
    public async Task A_20_MB_login_form_is_refused_with_413_before_it_is_read()
    {
        var response = await site.Anonymous().PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = SiteFactory.UserName,
            ["password"] = new string('x', 20 * 1024 * 1024),
        }));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("提交的内容过大（上限 16 KB）。"));
    }

    [Test]
    public async Task A_20_MB_login_form_sent_without_a_length_is_refused_without_a_500()
    {
        var body = Encoding.ASCII.GetBytes("name=leader&password=" + new string('x', 20 * 1024 * 1024));
        var content = new StreamContent(new MemoryStream(body));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-www-form-urlencoded");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/login") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await site.Anonymous().SendAsync(request);

        Assert.That((int)response.StatusCode, Is.AnyOf(400, 413));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.StartWith("提交的"));
    }

    [Test]
    public async Task A_20_MB_logout_form_is_refused_with_413()
    {
        var response = await site.Anonymous().PostAsync("/logout", new ByteArrayContent(new byte[20 * 1024 * 1024]));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
    }
}
