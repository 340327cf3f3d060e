using Analytics.Tests.Shared;
using Analytics.Tests.Support;

namespace Analytics.Tests.Documents;

/// <summary>
/// The site's pages printed by Chromium (<c>chromium --headless --print-to-pdf</c>) against a real <c>analytics serve</c>:
/// A4 pages, the office's name at the head of each and its number at the foot, no download links, every page inked.
/// The pages are rasterised by pdftoppm and kept under <see cref="WordDownloadTests.PrintedPages"/> for a look.
/// </summary>
[NonParallelizable]
public sealed class PrintTests
{
    private ServeProcess site = null!;
    private string root = null!;

    [OneTimeSetUp]
    public void Start()
    {
        root = Path.Combine(Path.GetTempPath(), "analytics-print-tests", Guid.NewGuid().ToString("N")[..12]);
        site = new ServeProcess(DemoDataDirectory.CopyTo(Path.Combine(root, "data")), new Dictionary<string, string> { ["Site:DemoWhenEmpty"] = "false" });
        site.WaitForOutput("listening on", TimeSpan.FromSeconds(90));
    }

    [OneTimeTearDown]
    public void Stop()
    {
        site?.Dispose();
        if (root is not null && Directory.Exists(root)) Directory.Delete(root, recursive: true);
    }

    private IReadOnlyList<string> Print(string name, string path)
    {
        var directory = Directory.CreateDirectory(Path.Combine(WordDownloadTests.PrintedPages, "print-" + name)).FullName;
        var pdf = Path.Combine(directory, name + ".pdf");
        File.Delete(pdf);
        var profile = Path.Combine(root, "chromium-" + name);
        OfficeTools.Run("chromium", ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", $"--user-data-dir={profile}",
            "--no-pdf-header-footer", $"--print-to-pdf={pdf}", site.Url + path], pdf);
        return OfficeTools.Rasterise(pdf);
    }

    [TestCase("public-statistics", "/?asOf=2021-11-30")]
    [TestCase("public-monthly-bulletin", "/public-monthly-bulletin?asOf=2021-11-30")]
    public void A_public_page_prints_on_inked_A4_pages(string name, string path)
    {
        var pages = Print(name, path);
        Assert.That(pages, Has.Count.InRange(2, 30));
        foreach (var page in pages)
        {
            Assert.That(OfficeTools.InkShare(page), Is.GreaterThan(OfficeTools.LeastInk(page, pages)), page);
            using var bitmap = SkiaSharp.SKBitmap.Decode(page);
            // A4 at 60 dpi: 496 × 702 pixels.
            Assert.That((bitmap.Width, bitmap.Height), Is.EqualTo((496, 702)).Or.EqualTo((496, 701)), page);
            TestContext.AddTestAttachment(page);
        }
    }

    [Test]
    public async Task The_print_stylesheet_names_the_office_numbers_the_pages_and_hides_the_links()
    {
        using var client = new HttpClient();
        var css = await client.GetStringAsync(site.Url + "/assets/print.css");
        Assert.That(css, Does.StartWith("@page {\n  size: A4;"));
        Assert.That(css, Does.Contain("@top-left { content: \"江城市投资促进中心\";"));
        Assert.That(css, Does.Contain("@bottom-center { content: \"— \" counter(page) \" —\";"));
        Assert.That(css, Does.Contain(".downloads, .page-downloads"));
        var html = await client.GetStringAsync(site.Url + "/?asOf=2021-11-30");
        Assert.That(html, Does.Contain("<link rel=\"stylesheet\" href=\"/assets/print.css\" media=\"print\">"));
    }
}
