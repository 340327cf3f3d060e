using System.Net;
using System.Text.Json;

namespace Analytics.Tests.Web;

/// <summary>Every route of the site, its status codes and its content, on the demo data as of 2021-11-30.</summary>
public sealed class SiteRouteTests
{
    private const string WorkedExample =
        "1—11月份，全市新签约亿元以上项目643个，较去年同期增加233个。其中，新签约10亿元以上项目92个、20亿元以上项目30个、50亿元以上项目10个。";

    private SiteFactory site = null!;

    [OneTimeSetUp]
    public void Start() => site = new SiteFactory(DemoDataDirectory.Data);

    [OneTimeTearDown]
    public void Stop() => site.Dispose();

    [Test]
    public async Task Home_is_the_public_statistics_page_with_version_and_as_of()
    {
        var response = await site.Anonymous().GetAsync("/?asOf=2021-11-30");
        var html = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType!.ToString(), Is.EqualTo("text/html; charset=utf-8"));
        Assert.That(html, Does.Contain("<html lang=\"zh-CN\">"));
        Assert.That(html, Does.Contain(DemoDataDirectory.VersionId));
        Assert.That(html, Does.Contain("2021年11月30日"));
        Assert.That(html, Does.Contain("/charts/public-statistics/"));
        Assert.That(html, Does.Not.Contain("block-error"));
    }

    [Test]
    public async Task Without_as_of_a_page_shows_the_last_date_of_the_data()
    {
        var html = await site.Anonymous().GetStringAsync("/public-statistics");
        Assert.That(html, Does.Contain("value=\"2021-11-30\""));
    }

    [TestCase("/?asOf=2021-13-01", "无法识别的日期「2021-13-01」")]
    [TestCase("/?asOf=30.11.2021", "无法识别的日期「30.11.2021」")]
    [TestCase("/?asOf=2030-01-01", "超出数据范围")]
    [TestCase("/?period=quarter", "未知口径「quarter」")]
    [TestCase("/charts/public-statistics/0.png?asOf=yesterday", "无法识别的日期")]
    [TestCase("/charts/public-statistics/0@2x.png?asOf=yesterday", "无法识别的日期")]
    [TestCase("/tables/public-statistics/0.csv?asOf=2021-02-30", "无法识别的日期")]
    public async Task A_bad_query_value_is_a_400_that_says_what_is_wrong(string url, string message)
    {
        var response = await site.Anonymous().GetAsync(url);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain(message));
    }

    [Test]
    public async Task An_unknown_page_is_a_404()
    {
        var response = await site.Anonymous().GetAsync("/no-such-page");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("没有名为「no-such-page」的页面"));
    }

    [TestCase("/weekly-briefing")]
    [TestCase("/weekly-briefing?asOf=2021-11-30")]
    [TestCase("/region?region=鸠江区&asOf=2021-11-30")]
    [TestCase("/charts/weekly-briefing/0@2x.png?asOf=2021-11-30")]
    [TestCase("/charts/weekly-briefing/0.png?asOf=2021-11-30")]
    [TestCase("/tables/weekly-briefing/0.csv?asOf=2021-11-30")]
    [TestCase("/tables/region/0.csv?asOf=2021-11-30&region=鸠江区")]
    [TestCase("/status")]
    public async Task Anonymous_requests_for_internal_urls_are_sent_to_the_login(string url)
    {
        var response = await site.Anonymous().GetAsync(url);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var location = response.Headers.Location!.OriginalString;
        Assert.That(location, Does.StartWith("/login?returnUrl="));
        Assert.That(Uri.UnescapeDataString(location["/login?returnUrl=".Length..]), Is.EqualTo(new Uri("http://localhost" + url).PathAndQuery));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.Empty);
    }

    [TestCase("/api/models/stg_projects")]
    [TestCase("/api/models/kpis?asOf=2021-11-30")]
    public async Task Anonymous_requests_for_models_are_answered_401_in_json(string url)
    {
        var response = await site.Anonymous().GetAsync(url);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/json"));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("{\"error\":\"读取模型数据需要登录\"}"));
    }

    [Test]
    public async Task The_internal_page_is_never_served_to_anonymous_readers_from_the_cache()
    {
        var leader = await site.LoggedIn();
        const string url = "/weekly-briefing?asOf=2021-11-30";
        Assert.That((await leader.GetAsync(url)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await leader.GetAsync(url)).StatusCode, Is.EqualTo(HttpStatusCode.OK)); // now cached for the role
        var anonymous = await site.Anonymous().GetAsync(url);
        Assert.That(anonymous.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
    }

    [Test]
    public async Task A_forged_login_cookie_is_an_anonymous_reader()
    {
        var leader = await site.LoggedIn();
        const string url = "/weekly-briefing?asOf=2021-11-30";
        Assert.That((await leader.GetAsync(url)).StatusCode, Is.EqualTo(HttpStatusCode.OK)); // cached for the internal role
        using var client = site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var forged = new HttpRequestMessage(HttpMethod.Get, url);
        forged.Headers.Add("Cookie", "analytics_auth=CfDJ8forged; analytics_form=x");
        var response = await client.SendAsync(forged);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location!.OriginalString, Does.StartWith("/login?returnUrl="));
        using var publicPage = new HttpRequestMessage(HttpMethod.Get, "/?asOf=2021-11-30");
        publicPage.Headers.Add("Cookie", "analytics_auth=CfDJ8forged");
        var page = await client.SendAsync(publicPage);
        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await page.Content.ReadAsStringAsync(), Does.Contain("登录").And.Not.Contain("退出"));
    }

    [TestCase("/?asOf=2021-11-30", "text/html")]
    [TestCase("/charts/public-statistics/1.png?asOf=2021-11-30", "image/png")]
    [TestCase("/tables/public-statistics/1.csv?asOf=2021-11-30", "text/csv")]
    public async Task A_head_request_gets_the_headers_of_the_get_without_the_body(string url, string mediaType)
    {
        var client = site.Anonymous();
        var get = await client.GetAsync(url);
        Assert.That(get.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var length = (await get.Content.ReadAsByteArrayAsync()).Length;
        foreach (var attempt in new[] { "first", "second" }) // the second must not come from a stored HEAD without a body
        {
            var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));
            Assert.That(head.StatusCode, Is.EqualTo(HttpStatusCode.OK), attempt);
            Assert.That(head.Content.Headers.ContentType!.MediaType, Is.EqualTo(mediaType), attempt);
            Assert.That(head.Content.Headers.ContentLength, Is.EqualTo(length), attempt);
            Assert.That(head.Headers.ETag, Is.EqualTo(get.Headers.ETag), attempt);
            Assert.That(await head.Content.ReadAsByteArrayAsync(), Is.Empty, attempt);
        }
    }

    [Test]
    public async Task The_weekly_briefing_says_the_worked_example_word_for_word()
    {
        var leader = await site.LoggedIn();
        var response = await leader.GetAsync("/weekly-briefing?asOf=2021-11-30");
        var html = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(html, Does.Contain(WorkedExample));
        Assert.That(html, Does.Not.Contain("block-error"));
        Assert.That(response.Headers.CacheControl!.Private, Is.True);
    }

    [Test]
    public async Task Every_region_name_links_to_its_region_page()
    {
        var leader = await site.LoggedIn();
        var html = await leader.GetStringAsync("/weekly-briefing?asOf=2021-11-30");
        foreach (var region in new[] { "鸠江区", "江北新区", "高新区", "经开区", "临江县", "青山县", "东湖区" })
            Assert.That(html, Does.Contain($"href=\"/region?asOf=2021-11-30&amp;region={Uri.EscapeDataString(region)}\""), region);
        var page = await leader.GetAsync($"/region?asOf=2021-11-30&region={Uri.EscapeDataString("青山县")}");
        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await page.Content.ReadAsStringAsync(), Does.Contain("青山县"));
    }

    [Test]
    public async Task An_unknown_region_is_a_400_listing_the_regions()
    {
        var leader = await site.LoggedIn();
        var response = await leader.GetAsync($"/region?asOf=2021-11-30&region={Uri.EscapeDataString("火星区")}");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("未知地区「火星区」").And.Contain("鸠江区"));
    }

    [Test]
    public async Task A_wrong_password_is_refused_and_a_right_one_opens_the_internal_pages()
    {
        var client = site.Anonymous();
        var wrong = await SiteFactory.Login(client, SiteFactory.UserName, "not-the-password");
        Assert.That(wrong.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await wrong.Content.ReadAsStringAsync(), Does.Contain("用户名或密码错误"));
        var right = await SiteFactory.Login(client, SiteFactory.UserName, SiteFactory.Password, "/weekly-briefing?asOf=2021-11-30");
        Assert.That(right.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(right.Headers.Location!.OriginalString, Is.EqualTo("/weekly-briefing?asOf=2021-11-30"));
        Assert.That((await client.GetAsync("/weekly-briefing?asOf=2021-11-30")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var logout = await client.PostAsync("/logout", null);
        Assert.That(logout.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That((await client.GetAsync("/weekly-briefing?asOf=2021-11-30")).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
    }

    [TestCase("https://evil.example/")]
    [TestCase("//evil.example/")]
    [TestCase("/\\evil.example/")]
    public async Task The_login_never_redirects_off_the_site(string returnUrl)
    {
        var response = await SiteFactory.Login(site.Anonymous(), SiteFactory.UserName, SiteFactory.Password, returnUrl);
        Assert.That(response.Headers.Location!.OriginalString, Is.EqualTo("/weekly-briefing"));
    }

    [Test]
    public async Task A_login_without_the_form_token_is_refused()
    {
        var response = await site.Anonymous().PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = SiteFactory.UserName,
            ["password"] = SiteFactory.Password,
        }));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("analytics_auth")), Is.False);
    }

    [Test]
    public async Task Charts_are_png_at_1x_and_2x_old_svg_links_lead_there_and_tables_are_csv_with_a_bom()
    {
        var client = site.Anonymous();
        var png = await client.GetAsync("/charts/public-statistics/1.png?asOf=2021-11-30");
        Assert.That(png.Content.Headers.ContentType!.MediaType, Is.EqualTo("image/png"));
        var oneX = await png.Content.ReadAsByteArrayAsync();
        Assert.That(oneX[..8], Is.EqualTo(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }));
        var twoX = await client.GetByteArrayAsync("/charts/public-statistics/1@2x.png?asOf=2021-11-30");
        // Width and height stand in the PNG header (bytes 16–23, big-endian): the 2× image has twice as many pixels each way.
        int Width(byte[] b) => System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(b.AsSpan(16));
        int Height(byte[] b) => System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(b.AsSpan(20));
        Assert.That((Width(twoX), Height(twoX)), Is.EqualTo((2 * Width(oneX), 2 * Height(oneX))));
        var old = await client.GetAsync("/charts/public-statistics/1.svg?asOf=2021-11-30");
        Assert.That(old.StatusCode, Is.EqualTo(HttpStatusCode.MovedPermanently));
        Assert.That(old.Headers.Location!.OriginalString, Is.EqualTo("/charts/public-statistics/1.png?asOf=2021-11-30"));
        var csv = await client.GetAsync("/tables/public-statistics/1.csv?asOf=2021-11-30");
        Assert.That(csv.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/csv"));
        Assert.That(csv.Content.Headers.ContentDisposition!.DispositionType, Is.EqualTo("attachment"));
        // Named after the block's title, not its number.
        Assert.That(csv.Content.Headers.ContentDisposition.FileNameStar, Is.EqualTo("1—11月份各地区新签约亿元以上项目数-2021-11-30.csv"));
        Assert.That((await csv.Content.ReadAsByteArrayAsync())[..3], Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
    }

    [Test]
    public async Task Pages_show_the_data_s_date_and_keep_the_version_in_a_tooltip()
    {
        var html = await site.Anonymous().GetStringAsync("/?asOf=2021-11-30");
        Assert.That(html, Does.Contain($"数据更新至 <time datetime=\"2021-11-30\" title=\"数据版本 {DemoDataDirectory.VersionId}\">2021年11月30日</time>"));
        Assert.That(html, Does.Not.Contain("<code>" + DemoDataDirectory.VersionId));
    }

    [Test]
    public async Task The_status_and_error_pages_have_the_navigation()
    {
        var missing = await site.Anonymous().GetAsync("/no-such-page");
        var html = await missing.Content.ReadAsStringAsync();
        Assert.That(html, Does.Contain("<nav aria-label=\"页面\"><ul><li><a href=\"/\">招商引资统计数据</a></li></ul></nav>").And.Contain("<a href=\"/login\">登录</a>"));
    }

    [Test]
    public async Task A_block_that_does_not_exist_is_a_404()
    {
        var response = await site.Anonymous().GetAsync("/charts/public-statistics/999.png?asOf=2021-11-30");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task The_kpi_api_gives_the_worked_example_to_a_logged_in_reader()
    {
        var leader = await site.LoggedIn();
        using var json = JsonDocument.Parse(await leader.GetStringAsync("/api/kpis?asOf=2021-11-30"));
        var signed = json.RootElement.GetProperty("signed");
        Assert.That(signed.GetProperty("atLeast").GetProperty("1").GetInt64(), Is.EqualTo(643));
        Assert.That(signed.GetProperty("difference").GetProperty("atLeast").GetProperty("1").GetInt64(), Is.EqualTo(233));
        Assert.That(json.RootElement.GetProperty("funds").GetProperty("inPlace").GetDecimal(), Is.EqualTo(1447.0m).Within(0.05m));
        Assert.That(json.RootElement.GetProperty("dataVersion").GetString(), Is.EqualTo(DemoDataDirectory.VersionId));
    }

    [Test]
    public async Task The_ranking_api_ranks_the_seven_regions()
    {
        using var json = JsonDocument.Parse(await site.Anonymous().GetStringAsync("/api/rankings?asOf=2021-11-30&by=region&metric=signed_count"));
        var rows = json.RootElement.EnumerateArray().ToList();
        Assert.That(rows, Has.Count.EqualTo(7));
        Assert.That(rows[0].GetProperty("rank").GetInt64(), Is.EqualTo(1));
    }

    [TestCase("/api/rankings?asOf=2021-11-30&by=planet&metric=signed_count", "未知维度「planet」")]
    [TestCase("/api/rankings?asOf=2021-11-30&by=region", "缺少参数")]
    [TestCase("/api/kpis?asOf=2021-11-31", "无法识别的日期")]
    [TestCase("/api/kpis?asOf=2021-11-30&region=火星区", "未知地区「火星区」")]
    public async Task A_bad_api_query_is_a_400_with_a_json_error(string url, string message)
    {
        var response = await site.Anonymous().GetAsync(url);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.That(json.RootElement.GetProperty("error").GetString(), Does.Contain(message));
    }

    [Test]
    public async Task The_models_api_reads_a_model_for_a_logged_in_reader()
    {
        var leader = await site.LoggedIn();
        using var json = JsonDocument.Parse(await leader.GetStringAsync("/api/models/funnel?asOf=2021-11-30"));
        var city = json.RootElement.EnumerateArray().Single(r => r.GetProperty("member").GetString() == "全市");
        Assert.That(city.GetProperty("signed").GetInt64(), Is.GreaterThanOrEqualTo(643));
    }

    [Test]
    public async Task The_status_page_shows_the_data_version_and_the_failed_sends()
    {
        var leader = await site.LoggedIn();
        var html = await leader.GetStringAsync("/status");
        Assert.That(html, Does.Contain(DemoDataDirectory.VersionId).And.Contain("未成功发送的简报"));
    }

    [Test]
    public async Task The_openapi_description_lists_the_api()
    {
        using var json = JsonDocument.Parse(await site.Anonymous().GetStringAsync("/openapi/v1.json"));
        var paths = json.RootElement.GetProperty("paths");
        Assert.That(paths.TryGetProperty("/api/kpis", out _) && paths.TryGetProperty("/api/rankings", out _) && paths.TryGetProperty("/api/models/{name}", out _), Is.True);
        Assert.That(paths.TryGetProperty("/healthz", out _), Is.True);
    }

    [Test]
    public async Task The_openapi_description_gives_allowed_values_and_the_responses()
    {
        using var json = JsonDocument.Parse(await site.Anonymous().GetStringAsync("/openapi/v1.json"));
        var rankings = json.RootElement.GetProperty("paths").GetProperty("/api/rankings").GetProperty("get");
        string[] Allowed(string name) => rankings.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == name)
            .GetProperty("schema").GetProperty("enum").EnumerateArray().Select(v => v.GetString()!).ToArray();
        Assert.That(Allowed("by"), Is.EqualTo(new[] { "region", "industry_chain", "fund_source" }));
        Assert.That(Allowed("metric"), Does.Contain("signed_count").And.Contain("funds_yoy"));
        var responses = rankings.GetProperty("responses");
        Assert.That(responses.TryGetProperty("200", out var ok) && ok.GetProperty("content").TryGetProperty("application/json", out _), Is.True);
        Assert.That(responses.TryGetProperty("400", out _), Is.True);
        var models = json.RootElement.GetProperty("paths").GetProperty("/api/models/{name}").GetProperty("get").GetProperty("responses");
        Assert.That(models.TryGetProperty("401", out _), Is.True);
    }

    [Test]
    public async Task Health_reports_the_data_version_and_each_dependency()
    {
        using var json = JsonDocument.Parse(await site.Anonymous().GetStringAsync("/healthz"));
        Assert.That(json.RootElement.GetProperty("status").GetString(), Is.EqualTo("ok"));
        Assert.That(json.RootElement.GetProperty("dataVersion").GetString(), Is.EqualTo(DemoDataDirectory.VersionId));
        var checks = json.RootElement.GetProperty("checks");
        Assert.That(checks.GetProperty("duckdb").GetProperty("status").GetString(), Is.EqualTo("ok"));
        Assert.That(checks.GetProperty("data").GetProperty("lastDate").GetString(), Is.EqualTo("2021-11-30"));
        Assert.That(checks.GetProperty("dashboards").GetProperty("status").GetString(), Is.EqualTo("ok"));
    }

    [Test]
    public async Task Responses_carry_security_headers_and_the_stylesheet_is_served()
    {
        // The second response comes from the output cache, with the headers it was stored with.
        foreach (var response in new[] { await site.Anonymous().GetAsync("/?asOf=2021-10-29"), await site.Anonymous().GetAsync("/?asOf=2021-10-29") })
        {
            Assert.That(response.Headers.GetValues("Content-Security-Policy").Single(), Does.Contain("default-src 'none'"));
            Assert.That(response.Headers.GetValues("X-Content-Type-Options").Single(), Is.EqualTo("nosniff"));
            Assert.That(response.Headers.GetValues("Referrer-Policy").Single(), Is.EqualTo("same-origin"));
            Assert.That(response.Headers.Contains("Server"), Is.False, "the server does not name itself");
        }
        var css = await site.Anonymous().GetAsync("/assets/site.css");
        Assert.That(css.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/css"));
        Assert.That(await css.Content.ReadAsStringAsync(), Does.Contain("@media print"));
    }
}
