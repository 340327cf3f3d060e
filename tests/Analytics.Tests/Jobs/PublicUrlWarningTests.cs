using Analytics.Tests.Support;

namespace Analytics.Tests.Jobs;

/// <summary><c>analytics serve</c> warns at start when digests are scheduled but <c>Site:PublicUrl</c>, the address their links use, is not set.</summary>
[NonParallelizable]
public sealed class PublicUrlWarningTests
{
    private const string Warning = "Site:PublicUrl is not set: the links in the 2 scheduled digests point to http://127.0.0.1:";

    [TestCase(null, true)]
    [TestCase("https://stats.jiangcheng.gov.cn", false)]
    public void Serve_warns_when_digests_are_scheduled_without_a_public_url(string? publicUrl, bool warns)
    {
        var data = DemoDataDirectory.CopyTo(Path.Combine(Path.GetTempPath(), "analytics-public-url-tests", Guid.NewGuid().ToString("N")[..12]));
        try
        {
            var settings = new Dictionary<string, string> { ["Site:DemoWhenEmpty"] = "false", ["Inbox:Enabled"] = "false" };
            if (publicUrl is not null) settings["Site:PublicUrl"] = publicUrl;
            using var site = new ServeProcess(data, settings);
            site.WaitForOutput("listening on", TimeSpan.FromSeconds(90));
            Assert.That(site.Output.Contains(Warning, StringComparison.Ordinal), Is.EqualTo(warns), site.Output);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
