using Analytics.Tests.Support;
using Analytics.Web.Accounts;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace Analytics.Tests.Web;

/// <summary>
/// Headless Chromium (Debian's <c>/usr/bin/chromium</c> and its chromedriver) against a real <c>analytics serve</c>:
/// the public page, the as-of form, a CSV download, the login, each dashboard and a region link, a submitter's upload of a
/// bad ledger and of the fixed one; screenshots are saved
/// with the test results; charts must be drawn and the browser console must stay free of errors.
/// </summary>
[NonParallelizable]
public sealed class BrowserTests
{
    private const string Password = "browser-test-42";

    private BrowserSite? fixture;
    private string root = null!;
    private string downloads = null!;
    private string screenshots = null!;
    private ServeProcess site = null!;
    private ChromeDriver browser = null!;

    [OneTimeSetUp]
    public void Start()
    {
        fixture = new BrowserSite("analytics-browser-tests",
            [new UserAccount("leader", PasswordHash.Create(Password)), new UserAccount("jiujiang", PasswordHash.Create(Password), AccountRoles.Submitter) { Regions = ["鸠江区"] }],
            downloads: true, "--window-size=1280,1800");
        (root, downloads, site, browser) = (fixture.Root, fixture.Downloads!, fixture.Site, fixture.Browser);
        screenshots = Directory.CreateDirectory(Path.Combine(TestContext.CurrentContext.WorkDirectory, "screenshots")).FullName;
    }

    [OneTimeTearDown]
    public void Stop() => fixture?.Dispose();

    [Test, Order(1)]
    public void The_public_page_shows_its_charts()
    {
        Open("/?asOf=2021-11-30");
        Assert.That(browser.Title, Does.Contain("招商引资数据"));
        Assert.That(browser.FindElement(By.CssSelector(".page-head .meta")).Text, Does.Contain("2021年11月30日"));
        AssertChartsDrawn(minimum: 3);
        Screenshot("public-statistics");
        AssertNoConsoleErrors();
    }

    [Test, Order(2)]
    public void The_as_of_form_changes_the_date()
    {
        Open("/?asOf=2021-11-30");
        var date = browser.FindElement(By.CssSelector("form.asof input[name=asOf]"));
        browser.ExecuteScript("arguments[0].value = '2021-06-30';", date);
        browser.FindElement(By.CssSelector("form.asof select[name=period] option[value=month]")).Click();
        browser.FindElement(By.CssSelector("form.asof button[type=submit]")).Click();
        Wait(() => browser.Url.Contains("asOf=2021-06-30"));
        Assert.That(browser.Url, Does.Contain("period=month"));
        Assert.That(browser.FindElement(By.CssSelector(".page-head .meta")).Text, Does.Contain("2021年6月30日").And.Contain("本月"));
        AssertChartsDrawn(minimum: 1);
        AssertNoConsoleErrors();
    }

    [Test, Order(3)]
    public void A_table_downloads_as_csv()
    {
        Open("/?asOf=2021-11-30");
        var link = browser.FindElements(By.CssSelector("a[href*='/tables/']")).First();
        browser.ExecuteScript("arguments[0].scrollIntoView();", link);
        link.Click();
        Wait(() => Directory.GetFiles(downloads, "*.csv").Length > 0, seconds: 20);
        var file = Directory.GetFiles(downloads, "*.csv").Single();
        var bytes = File.ReadAllBytes(file);
        Assert.That(bytes[..3], Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
        Assert.That(File.ReadAllLines(file).Length, Is.GreaterThan(1));
    }

    [Test, Order(4)]
    public void Logging_in_opens_the_weekly_briefing()
    {
        Open("/weekly-briefing?asOf=2021-11-30");
        Assert.That(new Uri(browser.Url).AbsolutePath, Is.EqualTo("/login"));
        browser.FindElement(By.Name("name")).SendKeys("leader");
        browser.FindElement(By.Name("password")).SendKeys(Password);
        browser.FindElement(By.CssSelector("main.login button[type=submit]")).Click();
        Wait(() => new Uri(browser.Url).AbsolutePath == "/weekly-briefing");
        Assert.That(browser.FindElement(By.TagName("main")).Text, Does.Contain("1—11月份，全市新签约亿元以上项目643个，较去年同期增加233个。"));
        AssertChartsDrawn(minimum: 1);
        Screenshot("weekly-briefing");
        AssertNoConsoleErrors();
    }

    [Test, Order(5)]
    public void A_region_name_leads_to_the_region_page()
    {
        Open("/weekly-briefing?asOf=2021-11-30");
        var link = browser.FindElements(By.CssSelector("article.dashboard a[href^='/region']")).First();
        var region = link.Text.Trim();
        browser.ExecuteScript("arguments[0].scrollIntoView();", link);
        link.Click();
        Wait(() => new Uri(browser.Url).AbsolutePath == "/region");
        Assert.That(Uri.UnescapeDataString(browser.Url), Does.Contain("region=" + region));
        Assert.That(browser.FindElement(By.TagName("main")).Text, Does.Contain(region));
        AssertChartsDrawn(minimum: 1);
        Screenshot("region");
        AssertNoConsoleErrors();
    }

    [Test, Order(6)]
    public void Every_dashboard_opens_without_block_errors()
    {
        foreach (var url in new[] { "/public-statistics?asOf=2021-11-30", "/weekly-briefing?asOf=2021-11-30", "/region?asOf=2021-11-30&region=%E9%B8%A0%E6%B1%9F%E5%8C%BA" })
        {
            Open(url);
            Assert.That(browser.FindElements(By.CssSelector(".block-error")), Is.Empty, url);
            AssertChartsDrawn(minimum: 1);
        }
        Open("/region?asOf=2021-11-30&region=%E9%B8%A0%E6%B1%9F%E5%8C%BA");
        browser.Manage().Window.Size = new System.Drawing.Size(390, 1600); // a phone
        Screenshot("region-phone");
        browser.Manage().Window.Size = new System.Drawing.Size(1280, 1800);
        AssertNoConsoleErrors();
    }

    [Test, Order(7)]
    public void A_submitter_uploads_a_bad_ledger_sees_the_located_errors_then_uploads_the_fixed_one()
    {
        const string header = "项目编号,项目名称,投资方,所属地区,产业链,资金来源,协议总投资(亿元),签约日期,开工日期,投产日期,入统日期,项目状态";
        const string good = "UP-101,鸠江氢能装备产业园,鸠江氢能科技,鸠江区,新能源汽车,省外资金,18.6,2021-11-05,,,,已签约";
        var file = Path.Combine(root, "鸠江区项目台账.csv");
        File.WriteAllText(file, header + "\n" + good + "\nUP-102,江北冷链项目,江北物流,江北新区,现代物流,本地资金,10,2021-11-08,,,,已签约\n");
        browser.Manage().Cookies.DeleteAllCookies();
        Open("/login");
        browser.FindElement(By.Name("name")).SendKeys("jiujiang");
        browser.FindElement(By.Name("password")).SendKeys(Password);
        browser.FindElement(By.CssSelector("main.login button[type=submit]")).Click();
        Wait(() => new Uri(browser.Url).AbsolutePath == "/upload");

        browser.FindElement(By.CssSelector("input[type=file][name=files]")).SendKeys(file);
        browser.FindElement(By.CssSelector("form.upload button[type=submit]")).Click();
        Wait(() => browser.FindElements(By.CssSelector("table.problems")).Count > 0, seconds: 60);

        var rows = browser.FindElements(By.CssSelector("table.problems tbody tr")).Select(r => r.Text).ToList();
        Assert.That(browser.FindElement(By.CssSelector(".upload-failed")).Text, Does.Contain("导入失败，数据未改变"));
        Assert.That(rows, Is.EqualTo(new[] { "鸠江区项目台账.csv 鸠江区项目台账 3 所属地区 该行地区不在你的填报范围内\nthe row's region is not one you submit for 江北新区 鸠江区" }));
        Screenshot("upload-errors");
        browser.Manage().Logs.GetLog(LogType.Browser); // the 422 of the refused upload is logged by the browser as a failed load

        File.WriteAllText(file, header + "\n" + good + "\n");
        browser.FindElement(By.CssSelector("input[type=file][name=files]")).SendKeys(file);
        browser.FindElement(By.CssSelector("form.upload button[type=submit]")).Click();
        Wait(() => browser.FindElements(By.CssSelector(".upload-ok")).Count > 0, seconds: 120);
        var version = browser.FindElement(By.CssSelector(".upload-ok code.version")).Text;
        Assert.That(version, Does.Match("^v[0-9]{4}-[0-9a-f]{10}$"));
        Screenshot("upload-done");

        browser.FindElement(By.LinkText("查看地区页面")).Click();
        Wait(() => new Uri(browser.Url).AbsolutePath == "/region");
        var main = browser.FindElement(By.TagName("main")).Text;
        Assert.That(main, Does.Contain("鸠江区").And.Contain("鸠江氢能装备产业园"));
        // The page shows the data's date; its version stands in the footer and the date's tooltip.
        Assert.That(browser.FindElement(By.CssSelector(".site-footer")).Text, Does.Contain(version));
        Assert.That(browser.FindElements(By.CssSelector("nav.regions a")).Select(a => a.Text), Is.EqualTo(new[] { "鸠江区" }));
        AssertChartsDrawn(minimum: 1);
        Screenshot("region-after-upload");
        AssertNoConsoleErrors();
    }

    private void Open(string path) => browser.Navigate().GoToUrl(site.Url + path);

    private void AssertChartsDrawn(int minimum)
    {
        // Charts load lazily: scroll through the page, then every chart image must be decoded with a size.
        browser.ExecuteScript("window.scrollTo(0, document.body.scrollHeight);");
        var charts = browser.FindElements(By.CssSelector("img[src*='/charts/']"));
        Assert.That(charts, Has.Count.GreaterThanOrEqualTo(minimum));
        foreach (var chart in charts) browser.ExecuteScript("arguments[0].scrollIntoView(); arguments[0].loading = 'eager';", chart);
        Wait(() => charts.All(c => browser.ExecuteScript("return arguments[0].complete && arguments[0].naturalWidth > 0;", c) is true), seconds: 30);
        browser.ExecuteScript("window.scrollTo(0, 0);");
    }

    private void AssertNoConsoleErrors()
    {
        var errors = browser.Manage().Logs.GetLog(LogType.Browser).Where(e => e.Level >= LogLevel.Warning).Select(e => e.Message).ToList();
        Assert.That(errors, Is.Empty);
    }

    private void Screenshot(string name)
    {
        var path = Path.Combine(screenshots, name + ".png");
        browser.GetScreenshot().SaveAsFile(path);
        TestContext.AddTestAttachment(path);
        Assert.That(new FileInfo(path).Length, Is.GreaterThan(10_000));
    }

    private void Wait(Func<bool> condition, int seconds = 15) =>
        new WebDriverWait(browser, TimeSpan.FromSeconds(seconds)).Until(_ => condition());
}
