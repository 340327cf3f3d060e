using System.Net;

namespace Analytics.Tests.Web;

/// <summary>A page that is not about one region refuses <c>?region=</c> rather than showing the city's figures under a region's name.</summary>
public sealed class PageRegionTests
{
    private SiteFactory site = null!;

    [OneTimeSetUp]
    public void Start() => site = new SiteFactory(DemoDataDirectory.Data);

    [OneTimeTearDown]
    public void Stop() => site.Dispose();

    [TestCase("/?region=小岛县&asOf=2021-11-30")]
    [TestCase("/?region=鸠江区&asOf=2021-11-30")]
    [TestCase("/public-statistics?region=鸠江区")]
    [TestCase("/charts/public-statistics/1.png?region=鸠江区&asOf=2021-11-30")]
    [TestCase("/tables/public-statistics/1.csv?region=鸠江区&asOf=2021-11-30")]
    public async Task The_public_page_has_no_view_by_region(string url)
    {
        var response = await site.Anonymous().GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(text, Does.Contain("「招商引资统计数据」不分地区，不能按地区查看；请去掉 region 参数。"));
        Assert.That(text, Does.Not.Contain("小岛县 ·").And.Not.Contain("鸠江区 ·"));
    }

    [Test]
    public async Task The_internal_weekly_briefing_has_no_view_by_region_either()
    {
        var response = await (await site.LoggedIn()).GetAsync("/weekly-briefing?region=鸠江区&asOf=2021-11-30");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task The_region_page_still_shows_its_region()
    {
        var response = await (await site.LoggedIn()).GetAsync("/region?region=鸠江区&asOf=2021-11-30");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("<title>鸠江区 · 地区招商引资概况 · 招商引资数据</title>"));
    }
}
