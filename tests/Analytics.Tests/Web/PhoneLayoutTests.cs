using System.Text.RegularExpressions;
using Analytics.Tests.Cli;
using Analytics.Tests.Support;
using Analytics.Web.Accounts;
using MimeKit;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace Analytics.Tests.Web;

/// <summary>
/// Every page of a real <c>analytics serve</c> and the weekly digest's HTML in headless Chromium on a 390 px phone
/// screen: the page never scrolls sideways (tables scroll in their own box), the navigation is collapsed behind the
/// menu button, charts are the narrow rendering; screenshots at 390 and 1280 px are saved with the test results.
/// </summary>
[NonParallelizable]
public sealed partial class PhoneLayoutTests
{
    private const string Password = "phone-test-42";
    private const int Phone = 390;
    private const int Desktop = 1280;

    /// <summary>Every kind of page a reader meets: dashboards, forms, the status page and the error pages.</summary>
    private static readonly string[] Pages =
    [
        "/?asOf=2021-11-30",
        "/weekly-briefing?asOf=2021-11-30",
        "/region?asOf=2021-11-30&region=%E9%B8%A0%E6%B1%9F%E5%8C%BA",
        "/region?asOf=2021-11-30",
        "/status",
        "/upload",
        "/uploads",
        "/admin/users",
        "/no-such-page",
        "/weekly-briefing?asOf=2031-01-01",
    ];

    private BrowserSite? fixture;
    private string root = null!;
    private string screenshots = null!;
    private ServeProcess site = null!;
    private ChromeDriver browser = null!;

    [OneTimeSetUp]
    public void Start()
    {
        fixture = new BrowserSite("analytics-phone-tests", [new UserAccount("admin", PasswordHash.Create(Password), AccountRoles.Admin)], downloads: false, "--hide-scrollbars");
        (root, site, browser) = (fixture.Root, fixture.Site, fixture.Browser);
        screenshots = Directory.CreateDirectory(Path.Combine(TestContext.CurrentContext.WorkDirectory, "screenshots", "phone")).FullName;
    }

    [OneTimeTearDown]
    public void Stop() => fixture?.Dispose();

    [Test, Order(1)]
    public void No_page_scrolls_sideways_on_a_phone()
    {
        LogIn();
        var wide = new List<string>();
        foreach (var path in Pages)
        {
            Width(Phone);
            browser.Navigate().GoToUrl(site.Url + path);
            LoadCharts();
            if (Overflow() is { } overflow) wide.Add($"{path}: {overflow}");
            Screenshot(path, Phone);
            Width(Desktop);
            Screenshot(path, Desktop);
        }
        Assert.That(wide, Is.Empty, "pages wider than a 390 px screen");
    }

    [Test, Order(2)]
    public void On_a_phone_the_navigation_is_collapsed_behind_the_menu_button()
    {
        Width(Phone);
        browser.Navigate().GoToUrl(site.Url + "/weekly-briefing?asOf=2021-11-30");
        var panel = browser.FindElement(By.CssSelector(".site-header .nav-panel"));
        Assert.That(panel.Displayed, Is.False);
        browser.FindElement(By.CssSelector(".site-header .nav-button")).Click();
        Assert.That(panel.Displayed, Is.True);
        Assert.That(browser.FindElements(By.CssSelector(".site-header nav a")).Select(a => a.Text), Does.Contain("招商引资工作周报"));
        Width(Desktop);
        browser.Navigate().GoToUrl(site.Url + "/weekly-briefing?asOf=2021-11-30");
        Assert.That(browser.FindElement(By.CssSelector(".site-header .nav-panel")).Displayed, Is.True);
        Assert.That(browser.FindElement(By.CssSelector(".site-header .nav-button")).Displayed, Is.False);
    }

    [Test, Order(3)]
    public void On_a_phone_charts_are_drawn_narrow_and_tables_keep_readable_columns()
    {
        Width(Phone);
        browser.Navigate().GoToUrl(site.Url + "/weekly-briefing?asOf=2021-11-30");
        LoadCharts();
        var chart = browser.FindElements(By.CssSelector("figure.chart img")).First();
        Assert.That(browser.ExecuteScript("return arguments[0].currentSrc;", chart) as string, Does.Contain("w=330"));
        Assert.That(Convert.ToInt64(browser.ExecuteScript("return arguments[0].naturalWidth;", chart)), Is.EqualTo(330));
        // The lights table: the 指标 column is not squeezed to one character a line; the table scrolls in its own box.
        var cell = browser.FindElement(By.CssSelector("table.lights tbody td.cell"));
        Assert.That(cell.Size.Width, Is.GreaterThanOrEqualTo(5 * 16), "a text cell keeps a readable width");
        var box = browser.FindElement(By.CssSelector(".lights-block .table-scroll"));
        Assert.That(box.Size.Width, Is.LessThanOrEqualTo(Phone));
        // One region's targets: the indicators are the row headers, as wide as a text cell; region names stay on one line.
        browser.Navigate().GoToUrl(site.Url + "/region?asOf=2021-11-30&region=%E9%B8%A0%E6%B1%9F%E5%8C%BA");
        Assert.That(browser.FindElement(By.CssSelector("table.lights tbody th")).Size.Width, Is.GreaterThanOrEqualTo(5 * 16), "the 指标 column");
        browser.Navigate().GoToUrl(site.Url + "/weekly-briefing?asOf=2021-11-30");
        var region = browser.FindElement(By.CssSelector("table.lights tbody th.region a"));
        Assert.That(region.Size.Height, Is.LessThan(2 * 20), "a region's name on one line");
        Width(Desktop);
        browser.Navigate().GoToUrl(site.Url + "/weekly-briefing?asOf=2021-11-30");
        LoadCharts();
        chart = browser.FindElements(By.CssSelector("figure.chart img")).First();
        Assert.That(browser.ExecuteScript("return arguments[0].currentSrc;", chart) as string, Does.Not.Contain("w=330"));
    }

    [Test, Order(4)]
    public void The_digest_reads_on_a_phone_without_sideways_scroll()
    {
        var eml = Path.Combine(root, "weekly.eml");
        var run = CliRun.Analytics("digest", "weekly-briefing", "--as-of", "2021-11-28", "--to", eml, "--recipient", "zhang@jiangcheng.gov.cn",
            "--data", Path.Combine(root, "data"));
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        var page = Path.Combine(root, "weekly-email.html");
        File.WriteAllText(page, EmailWithImages(MimeMessage.Load(eml)));
        foreach (var width in new[] { Phone, Desktop })
        {
            Width(width);
            browser.Navigate().GoToUrl(new Uri(page).AbsoluteUri);
            if (width == Phone) Assert.That(Overflow(), Is.Null, "the e-mail is wider than a 390 px screen");
            Screenshot("email-weekly", width);
        }
    }

    /// <summary>The message's HTML with each <c>cid:</c> image as a data URI, as a mail client shows it.</summary>
    private static string EmailWithImages(MimeMessage message)
    {
        var images = message.BodyParts.OfType<MimePart>().Where(p => p.ContentId is not null)
            .ToDictionary(p => p.ContentId!, p =>
            {
                using var bytes = new MemoryStream();
                p.Content!.DecodeTo(bytes);
                return $"data:{p.ContentType.MimeType};base64,{Convert.ToBase64String(bytes.ToArray())}";
            });
        return ContentIdReference().Replace(message.HtmlBody ?? throw new AssertionException("the digest has no HTML part"), m => images.TryGetValue(m.Groups[1].Value, out var uri) ? uri : m.Value);
    }

    [GeneratedRegex("cid:([^\"']+)")]
    private static partial Regex ContentIdReference();

    private void LogIn()
    {
        Width(Desktop);
        browser.Navigate().GoToUrl(site.Url + "/login");
        browser.FindElement(By.Name("name")).SendKeys("admin");
        browser.FindElement(By.Name("password")).SendKeys(Password);
        browser.FindElement(By.CssSelector("main.login button[type=submit]")).Click();
        new WebDriverWait(browser, TimeSpan.FromSeconds(15)).Until(_ => new Uri(browser.Url).AbsolutePath != "/login");
    }

    /// <summary>The screen as a phone or a desktop: CSS px wide, one device pixel a px.</summary>
    private void Width(int width) =>
        browser.ExecuteCdpCommand("Emulation.setDeviceMetricsOverride", new Dictionary<string, object?>
        {
            ["width"] = width, ["height"] = width == Phone ? 844 : 1000, ["deviceScaleFactor"] = 1, ["mobile"] = width == Phone,
        });

    /// <summary>Null when the document is no wider than the screen; else its width and the elements that reach past it.</summary>
    private string? Overflow()
    {
        var result = (IReadOnlyCollection<object>)browser.ExecuteScript("""
            var width = document.documentElement.clientWidth, wide = [];
            document.querySelectorAll('body *').forEach(function (e) {
              var r = e.getBoundingClientRect();
              if (r.right > width + 1 && !e.closest('.table-scroll, nav.regions')) wide.push(e.tagName.toLowerCase() + (e.className ? '.' + e.className : '') + ' ' + Math.round(r.right) + 'px');
            });
            return [document.documentElement.scrollWidth, width, wide.slice(0, 5).join(', ')];
            """)!;
        var values = result.ToList();
        var (scrollWidth, width) = (Convert.ToInt64(values[0]), Convert.ToInt64(values[1]));
        return scrollWidth > width ? $"{scrollWidth} px on a {width} px screen ({values[2]})" : null;
    }

    private void LoadCharts()
    {
        foreach (var chart in browser.FindElements(By.CssSelector("figure.chart img")))
            browser.ExecuteScript("arguments[0].loading = 'eager';", chart);
        new WebDriverWait(browser, TimeSpan.FromSeconds(30)).Until(_ =>
            browser.FindElements(By.CssSelector("figure.chart img")).All(c => browser.ExecuteScript("return arguments[0].complete && arguments[0].naturalWidth > 0;", c) is true));
    }

    /// <summary>The whole page as a PNG named after its path and the screen width.</summary>
    private void Screenshot(string path, int width)
    {
        var height = Convert.ToInt32(browser.ExecuteScript("return Math.min(document.documentElement.scrollHeight, 12000);"));
        browser.ExecuteCdpCommand("Emulation.setDeviceMetricsOverride", new Dictionary<string, object?>
        {
            ["width"] = width, ["height"] = height, ["deviceScaleFactor"] = 1, ["mobile"] = width == Phone,
        });
        var name = Regex.Replace(path.Split('?')[0].Trim('/'), "[^a-z0-9-]", "-") is { Length: > 0 } n ? n : "public-statistics";
        if (path.Contains("region=")) name += "-jiujiang";
        if (path.Contains("2031")) name += "-bad-date";
        var file = Path.Combine(screenshots, $"{name}-{width}.png");
        browser.GetScreenshot().SaveAsFile(file);
        TestContext.AddTestAttachment(file);
        Width(width);
        Assert.That(new FileInfo(file).Length, Is.GreaterThan(5_000), file);
    }
}
