using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Analytics.Core.Tests.Digests;
using Analytics.Tests.Cli;
using Analytics.Tests.Ingest;
using Analytics.Tests.Support;

namespace Analytics.Tests.Web;

/// <summary>
/// <c>analytics serve</c> draws the public pages and their charts when a version is published, before anyone asks:
/// the first reader's requests for the page and every chart image are cache hits (no render reaches the data).
/// </summary>
public sealed partial class PublishWarmUpTests
{
    [Test]
    public async Task The_first_read_after_a_publish_finds_the_public_page_and_its_charts_drawn()
    {
        using var temp = new TempDirectory("warm-up-");
        var data = Path.Combine(temp.Path, "data");
        var ledgers = GeneratedLedgers.WriteBase(Path.Combine(temp.Path, "ledgers"));
        Assert.That(CliRun.Analytics(["import", .. ledgers, "--data", data]).ExitCode, Is.EqualTo(0));
        using var serve = new ServeProcess(data, new Dictionary<string, string> { ["Site:DemoWhenEmpty"] = "false", ["Inbox:Enabled"] = "false" });
        using var client = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All }) { BaseAddress = new Uri(serve.Url) };

        serve.WaitForOutput("Warmed", TimeSpan.FromSeconds(90));
        await AssertFirstReadIsCached(client);

        // A new version (one ledger removed) is warmed in turn.
        Assert.That(CliRun.Analytics(["remove", Path.GetFileName(ledgers[^1]), "--data", data]).ExitCode, Is.EqualTo(0));
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (WarmedLines().Matches(serve.Output).Count < 2)
        {
            if (DateTime.UtcNow > deadline) Assert.Fail("the new version was not warmed:\n" + serve.Output);
            Thread.Sleep(100);
        }
        await AssertFirstReadIsCached(client);
    }

    private static async Task AssertFirstReadIsCached(HttpClient client)
    {
        var before = await Renders(client);
        var html = await client.GetStringAsync("/");
        var images = Analytics.Web.Caching.PublishWarmUp.ChartImages(html).ToList();
        Assert.That(images, Has.Count.GreaterThanOrEqualTo(4), "the page shows charts at 1× and 2×");
        Assert.That(images.Any(i => i.Contains("@2x.png", StringComparison.Ordinal)), Is.True);
        foreach (var image in images)
        {
            using var response = await client.GetAsync(image);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), image);
            Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("image/png"), image);
        }
        Assert.That(await Renders(client), Is.EqualTo(before), "no page or chart was drawn for the reader");
    }

    private static async Task<(long Pages, long Charts)> Renders(HttpClient client)
    {
        using var health = JsonDocument.Parse(await client.GetStringAsync("/healthz"));
        var renders = health.RootElement.GetProperty("renders");
        return (renders.GetProperty("pages").GetInt64(), renders.GetProperty("charts").GetInt64());
    }

    [GeneratedRegex("Warmed [0-9]+ public pages and charts of data version")]
    private static partial Regex WarmedLines();
}
