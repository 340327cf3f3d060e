using System.Net;

namespace Analytics.Tests.Web;

/// <summary>A dashboard file whose front matter is wrong: its error, naming the file, the line and the key, shows in place of the page.</summary>
public sealed class BrokenFrontMatterTests
{
    [Test]
    public async Task The_page_shows_the_file_the_line_and_the_key()
    {
        var dashboards = Directory.CreateTempSubdirectory("dashboards-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dashboards, "good.md"), "---\ntitle: 好\naudience: public\n---\n# 好\n");
            File.WriteAllText(Path.Combine(dashboards, "bad.md"), "---\ntitle: 坏\naudience: public\ncolour: red\n---\n# 坏\n");
            await using var site = new SiteFactory(DemoDataDirectory.Data, new Dictionary<string, string> { ["Site:Dashboards"] = dashboards });
            using var client = site.Anonymous();

            var response = await client.GetAsync("/bad");
            var body = await response.Content.ReadAsStringAsync();

            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
            Assert.That(body, Does.Contain("bad.md 第4行：未知的前言项「colour」"));
        }
        finally
        {
            Directory.Delete(dashboards, recursive: true);
        }
    }
}
