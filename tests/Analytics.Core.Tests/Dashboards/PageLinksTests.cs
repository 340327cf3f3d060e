using Analytics.Core.Dashboards;

namespace Analytics.Core.Tests.Dashboards;

/// <summary>The site's URL scheme for pages, charts and tables.</summary>
public sealed class PageLinksTests
{
    private static readonly DateOnly AsOf = new(2021, 11, 30);

    [Test]
    public void Page_links_carry_the_date_and_an_encoded_region()
    {
        var links = new PageLinks();
        Assert.That(links.Page("public-statistics", AsOf), Is.EqualTo("/public-statistics?asOf=2021-11-30"));
        Assert.That(links.Region("鸠江区", AsOf), Is.EqualTo("/region?asOf=2021-11-30&region=%E9%B8%A0%E6%B1%9F%E5%8C%BA"));
        Assert.That(links.Region("A&B", AsOf), Is.EqualTo("/region?asOf=2021-11-30&region=A%26B"));
    }

    [Test]
    public void Chart_and_table_links_name_the_page_block_and_request()
    {
        var links = new PageLinks();
        var request = new PageRequest(AsOf, Period.Week, "青山县", Audience.Internal);
        Assert.That(links.Chart("region", 3, "svg", request), Is.EqualTo("/charts/region/3.svg?asOf=2021-11-30&period=week&region=%E9%9D%92%E5%B1%B1%E5%8E%BF"));
        Assert.That(links.Chart("region", 3, ".png", request with { Region = null, Period = Period.Ytd }), Is.EqualTo("/charts/region/3.png?asOf=2021-11-30&period=ytd"));
        Assert.That(links.Table("weekly-briefing", 0, request with { Region = null }), Is.EqualTo("/tables/weekly-briefing/0.csv?asOf=2021-11-30&period=week"));
    }

    [Test]
    public void A_base_makes_every_link_absolute()
    {
        var links = new PageLinks("https://stats.example.org/");
        Assert.That(links.Page("region", AsOf, "东区"), Is.EqualTo("https://stats.example.org/region?asOf=2021-11-30&region=%E4%B8%9C%E5%8C%BA"));
        Assert.That(links.Absolute("/weekly-briefing?asOf=2021-11-30"), Is.EqualTo("https://stats.example.org/weekly-briefing?asOf=2021-11-30"));
        Assert.That(links.Absolute("https://other.example.org/x"), Is.EqualTo("https://other.example.org/x"));
    }
}
