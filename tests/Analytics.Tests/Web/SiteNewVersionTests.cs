using System.Net;
using Analytics.Core.Ingest;
using Analytics.Core.Ingest.Store;
using Analytics.Core.Models;
using Analytics.Tests.Cli;

namespace Analytics.Tests.Web;

/// <summary>A new data version while the site runs: no response reflects the old one afterwards, cached or not.</summary>
public sealed class SiteNewVersionTests
{
    private string root = null!;
    private SiteFactory site = null!;

    [OneTimeSetUp]
    public void Start()
    {
        root = Path.Combine(Path.GetTempPath(), "analytics-site-tests", Guid.NewGuid().ToString("N")[..12]);
        DemoDataDirectory.CopyTo(Path.Combine(root, "data"));
        site = new SiteFactory(Path.Combine(root, "data"));
    }

    [OneTimeTearDown]
    public void Stop()
    {
        site.Dispose();
        Directory.Delete(root, recursive: true);
    }

    [Test]
    public async Task After_an_import_by_another_process_the_next_request_shows_the_new_version()
    {
        // Its own copy of the data and its own site: the other test's figures stay as they are.
        var data = DemoDataDirectory.CopyTo(Path.Combine(root, "other-process", "data"));
        using var otherSite = new SiteFactory(data);
        var store = new DataStore(data);
        var anonymous = otherSite.Anonymous();
        const string home = "/?asOf=2021-11-30";
        var oldVersion = store.CurrentId!;
        Assert.That(await anonymous.GetStringAsync(home), Does.Contain(oldVersion)); // cached now

        var extra = Path.Combine(root, "other-process", "临江县补充项目.csv");
        File.WriteAllText(extra,
            "项目编号,项目名称,投资方,所属地区,产业链,资金来源,协议总投资(亿元),签约日期\n" +
            "LJ-EXTRA-1,补充项目丙,某丙公司,临江县,新能源汽车,省外资金,2,2021-11-17\n");
        var (exitCode, output, error) = CliRun.Analytics("import", extra, "--data", data);
        Assert.That(exitCode, Is.EqualTo(0), output + error);
        var newVersion = store.CurrentId!;
        Assert.That(newVersion, Is.Not.EqualTo(oldVersion));

        // No waiting: the very next request after the other process returned.
        Assert.That(await anonymous.GetStringAsync(home), Does.Contain(newVersion).And.Not.Contain(oldVersion));
    }

    [Test]
    public async Task After_an_import_every_cached_page_shows_the_new_version()
    {
        var store = new DataStore(Path.Combine(root, "data"));
        var oldVersion = store.CurrentId!;
        var leader = await site.LoggedIn();
        var anonymous = site.Anonymous();
        const string briefing = "/weekly-briefing?asOf=2021-11-30";
        const string home = "/?asOf=2021-11-30";
        Assert.That(await leader.GetStringAsync(briefing), Does.Contain("新签约亿元以上项目643个"));
        Assert.That(await anonymous.GetStringAsync(home), Does.Contain(oldVersion));
        var etag = (await anonymous.GetAsync(home)).Headers.ETag!;

        // Two more projects of ≥ 1 亿元 signed in November 2021, in a region's own ledger file.
        var extra = Path.Combine(root, "鸠江区补充项目.csv");
        File.WriteAllText(extra,
            "项目编号,项目名称,投资方,所属地区,产业链,资金来源,协议总投资(亿元),签约日期\n" +
            "JQ-EXTRA-1,补充项目甲,某甲公司,鸠江区,新能源汽车,省外资金,5,2021-11-15\n" +
            "JQ-EXTRA-2,补充项目乙,某乙公司,鸠江区,新能源汽车,省外资金,3.5,2021-11-16\n");
        var step = new ModelStep(Path.Combine(CliRun.RepositoryRoot, "sql"), () => DemoDataDirectory.AsOf);
        var result = new Importer(store) { BeforePublish = step.Run }.Import([extra]);
        Assert.That(result.Succeeded, Is.True, string.Join("\n", result.Problems.Listed.Select(p => p.LineEn)));
        var newVersion = store.CurrentId!;
        Assert.That(newVersion, Is.Not.EqualTo(oldVersion));

        var briefingAfter = await leader.GetStringAsync(briefing);
        Assert.That(briefingAfter, Does.Contain("新签约亿元以上项目645个，较去年同期增加235个"));
        var homeAfter = await anonymous.GetStringAsync(home);
        Assert.That(homeAfter, Does.Contain(newVersion).And.Not.Contain(oldVersion));
        using var conditional = new HttpRequestMessage(HttpMethod.Get, home);
        conditional.Headers.IfNoneMatch.Add(etag);
        Assert.That((await anonymous.SendAsync(conditional)).StatusCode, Is.EqualTo(HttpStatusCode.OK), "the old ETag no longer matches");
    }
}
