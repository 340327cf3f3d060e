using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Analytics.Core.Demo;

namespace Analytics.Tests.Web;

/// <summary>
/// Every public URL — pages, charts, CSV downloads, the JSON API — at several dates and periods, scanned for every
/// project name and investor of the demo ledgers: none may appear, in the raw bytes or once HTML/JSON escapes are undone.
/// </summary>
public sealed class PublicDisclosureTests
{
    private static readonly string[] Dates = ["2021-11-30", "2021-01-31", "2020-06-30", "2019-03-15"];

    private SiteFactory site = null!;
    private string[] secrets = null!;

    [OneTimeSetUp]
    public void Start()
    {
        site = new SiteFactory(DemoDataDirectory.Data);
        var projects = DemoData.Generate(new DemoOptions { Today = DemoDataDirectory.AsOf }).Projects.ToList();
        secrets = projects.Select(p => p.Name).Concat(projects.Select(p => p.Investor ?? "")).Where(s => s.Length >= 2).Distinct().ToArray();
        Assert.That(secrets, Has.Length.GreaterThan(2000), "the demo's names and investors");
    }

    [OneTimeTearDown]
    public void Stop() => site.Dispose();

    [Test]
    public async Task No_public_url_shows_a_project_name_or_an_investor()
    {
        var client = site.Anonymous();
        var urls = new List<string> { "/openapi/v1.json", "/healthz" };
        foreach (var date in Dates)
        {
            foreach (var period in new[] { "", "&period=month", "&period=week" })
            {
                var page = $"/?asOf={date}{period}";
                urls.Add(page);
                var html = await client.GetStringAsync(page);
                // Every chart, table and link the public page offers.
                urls.AddRange(Regex.Matches(html, "(?:src|href)=\"(/(?:charts|tables)/[^\"]+)\"").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)));
            }
            urls.Add($"/api/kpis?asOf={date}");
            foreach (var region in new[] { "鸠江区", "江北新区", "高新区", "经开区", "临江县", "青山县", "东湖区" })
                urls.Add($"/api/kpis?asOf={date}&region={Uri.EscapeDataString(region)}");
            foreach (var by in new[] { "region", "industry_chain", "fund_source" })
                foreach (var metric in new[] { "signed_count", "signed_investment", "started_count", "funds_in_place", "funds_yoy" })
                    urls.Add($"/api/rankings?asOf={date}&by={by}&metric={metric}");
            urls.Add($"/api/rankings?asOf={date}&by=region&metric=target_completion");
        }
        urls = urls.Distinct().ToList();
        Assert.That(urls.Count(u => u.StartsWith("/charts/")), Is.GreaterThan(20));
        Assert.That(urls.Count(u => u.StartsWith("/tables/")), Is.GreaterThan(10));
        var leaks = new List<string>();
        foreach (var url in urls)
        {
            var response = await client.GetAsync(url);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), url);
            var raw = await response.Content.ReadAsStringAsync();
            var decoded = WebUtility.HtmlDecode(raw);
            if (response.Content.Headers.ContentType?.MediaType == "application/json") decoded = JsonSerializer.Serialize(JsonDocument.Parse(raw).RootElement, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            leaks.AddRange(secrets.Where(s => raw.Contains(s, StringComparison.Ordinal) || decoded.Contains(s, StringComparison.Ordinal)).Select(s => $"{url}: {s}"));
        }
        Assert.That(leaks, Is.Empty);
    }

    [Test]
    public async Task The_same_names_do_appear_on_the_internal_briefing_so_the_scan_can_find_them()
    {
        var leader = await site.LoggedIn();
        var html = await leader.GetStringAsync("/weekly-briefing?asOf=2021-11-30");
        Assert.That(secrets.Count(s => html.Contains(s, StringComparison.Ordinal)), Is.GreaterThanOrEqualTo(10));
    }

    [Test]
    public async Task A_public_figure_from_fewer_than_three_projects_is_a_dash_and_a_null()
    {
        var client = site.Anonymous();
        var leader = await site.LoggedIn();
        // 2021-01-31 is early in the year: some region has signed fewer than 3 projects of ≥ 50 亿元.
        const string url = "/api/kpis?asOf=2021-01-31&region=%E4%B8%9C%E6%B9%96%E5%8C%BA"; // 东湖区
        using var internalJson = JsonDocument.Parse(await leader.GetStringAsync(url));
        using var publicJson = JsonDocument.Parse(await client.GetStringAsync(url));
        var internalBands = internalJson.RootElement.GetProperty("signed").GetProperty("atLeast");
        var publicBands = publicJson.RootElement.GetProperty("signed").GetProperty("atLeast");
        var small = internalBands.EnumerateObject().Where(p => p.Value.GetInt64() < 3).Select(p => p.Name).ToList();
        Assert.That(small, Is.Not.Empty, "the test needs a figure from fewer than 3 projects");
        foreach (var band in small) Assert.That(publicBands.GetProperty(band).ValueKind, Is.EqualTo(JsonValueKind.Null), band);
        // A band of 3 or more may be withheld too (to protect another figure); a band shown is the true figure.
        foreach (var band in publicBands.EnumerateObject().Where(p => p.Value.ValueKind != JsonValueKind.Null))
            Assert.That(band.Value.GetInt64(), Is.EqualTo(internalBands.GetProperty(band.Name).GetInt64()), band.Name);
        var page = await client.GetStringAsync("/?asOf=2021-01-31");
        Assert.That(page, Does.Contain("—").And.Contain("少于3个"));
    }
}
