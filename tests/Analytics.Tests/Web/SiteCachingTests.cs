using System.Net;
using System.Net.Http.Headers;
using Analytics.Web;
using Microsoft.Extensions.DependencyInjection;

namespace Analytics.Tests.Web;

/// <summary>Output caching, conditional requests, compression and rate limits.</summary>
public sealed class SiteCachingTests
{
    private SiteFactory site = null!;

    [OneTimeSetUp]
    public void Start() => site = new SiteFactory(DemoDataDirectory.Data, new Dictionary<string, string> { ["Site:LoginAttemptsPerMinute"] = "5" });

    [OneTimeTearDown]
    public void Stop() => site.Dispose();

    private RenderCounter Counter => site.Services.GetRequiredService<RenderCounter>();

    [Test]
    public async Task A_second_request_for_a_page_is_served_from_the_cache()
    {
        var client = site.Anonymous();
        const string url = "/?asOf=2021-10-31";
        var first = await client.GetStringAsync(url);
        var renders = Counter.Pages;
        var second = await client.GetStringAsync(url);
        Assert.That(Counter.Pages, Is.EqualTo(renders));
        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public async Task A_logged_in_readers_second_request_is_served_from_the_cache_for_their_role()
    {
        var leader = await site.LoggedIn();
        const string url = "/weekly-briefing?asOf=2021-10-31";
        var first = await leader.GetStringAsync(url);
        var renders = Counter.Pages;
        var second = await leader.GetStringAsync(url);
        Assert.That(Counter.Pages, Is.EqualTo(renders));
        Assert.That(second, Is.EqualTo(first).And.Contain("退出"));
    }

    [Test]
    public async Task Sixty_four_simultaneous_first_requests_for_one_page_render_it_once()
    {
        var client = site.Anonymous();
        const string url = "/?asOf=2021-09-17";
        var before = Counter.Pages;
        var responses = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => client.GetAsync(url)));
        Assert.That(responses.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.OK));
        Assert.That(Counter.Pages - before, Is.EqualTo(1));
        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()));
        Assert.That(bodies.Distinct().Count(), Is.EqualTo(1));
    }

    [Test]
    public async Task A_matching_etag_gets_304_from_the_handler_and_from_the_cache()
    {
        var client = site.Anonymous();
        const string url = "/charts/public-statistics/1.png?asOf=2021-08-31";
        var first = await client.GetAsync(url);
        var etag = first.Headers.ETag!;
        Assert.That(etag.IsWeak, Is.False);
        foreach (var attempt in new[] { "cached", "again" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.IfNoneMatch.Add(etag);
            var response = await client.SendAsync(request);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotModified), attempt);
            Assert.That(await response.Content.ReadAsByteArrayAsync(), Is.Empty);
        }
        using var stale = new HttpRequestMessage(HttpMethod.Get, url);
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"000000\""));
        Assert.That((await client.SendAsync(stale)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Responses_are_compressed_when_the_reader_accepts_it_and_each_encoding_is_cached_apart()
    {
        var client = site.Anonymous();
        const string url = "/?asOf=2021-07-30";
        var plain = await client.GetByteArrayAsync(url);
        var renders = Counter.Pages;
        // Twice each: the first answer of an encoding is rendered and stored compressed, the second comes from the cache.
        foreach (var encoding in new[] { "br", "gzip", "br", "gzip", "" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            if (encoding.Length > 0) request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
            var response = await client.SendAsync(request);
            Assert.That(response.Content.Headers.ContentEncoding, Is.EqualTo(encoding.Length > 0 ? new[] { encoding } : Array.Empty<string>()), encoding);
            using var body = await response.Content.ReadAsStreamAsync();
            using Stream decoded = encoding switch
            {
                "br" => new System.IO.Compression.BrotliStream(body, System.IO.Compression.CompressionMode.Decompress),
                "gzip" => new System.IO.Compression.GZipStream(body, System.IO.Compression.CompressionMode.Decompress),
                _ => body,
            };
            using var bytes = new MemoryStream();
            await decoded.CopyToAsync(bytes);
            Assert.That(bytes.ToArray(), Is.EqualTo(plain), encoding);
        }
        Assert.That(Counter.Pages - renders, Is.EqualTo(2), "one render for each new encoding (br, gzip), none for the repeats or the plain copy");
    }

    [Test]
    public async Task Login_attempts_beyond_the_limit_get_429()
    {
        using var limited = new SiteFactory(DemoDataDirectory.Data, new Dictionary<string, string> { ["Site:LoginAttemptsPerMinute"] = "3" });
        var client = limited.Anonymous();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++) statuses.Add((await SiteFactory.Login(client, SiteFactory.UserName, "wrong-password")).StatusCode);
        Assert.That(statuses, Is.EqualTo(new[]
        {
            HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests,
        }));
    }

    [Test]
    public async Task Uncached_work_beyond_a_clients_rate_gets_429_but_cached_pages_do_not()
    {
        using var limited = new SiteFactory(DemoDataDirectory.Data, new Dictionary<string, string> { ["Site:UncachedPerClientPerSecond"] = "2" });
        var client = limited.Anonymous();
        // A burst of four uncached renders is allowed (twice the rate); eight at once (a different date each, so none is
        // cached) exceed it however fast the machine renders, and the rest are refused.
        var responses = await Task.WhenAll(Enumerable.Range(1, 8).Select(day => client.GetAsync($"/?asOf=2021-03-{day:00}")));
        var statuses = responses.Select(r => r.StatusCode).ToList();
        Assert.That(statuses, Has.Member(HttpStatusCode.TooManyRequests));
        Assert.That(statuses.Count(s => s == HttpStatusCode.OK), Is.GreaterThanOrEqualTo(4));
        // A page rendered in the burst is cached now: it is answered whatever the rate.
        var cached = $"/?asOf=2021-03-{statuses.IndexOf(HttpStatusCode.OK) + 1:00}";
        for (var i = 0; i < 10; i++) Assert.That((await client.GetAsync(cached)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}
