using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace Analytics.Tests.Support;

/// <summary>Debian's headless Chromium and its chromedriver, as the browser tests drive them.</summary>
public static class Chromium
{
    /// <summary>A headless browser in Chinese; downloads go to <paramref name="downloads"/> without asking, where given.</summary>
    public static ChromeDriver Start(string? downloads = null, params string[] arguments)
    {
        if (!File.Exists("/usr/bin/chromium") || !File.Exists("/usr/bin/chromedriver"))
            Assert.Fail("Chromium and chromedriver are needed: run scripts/setup.sh test (Debian packages chromium, chromium-driver)");
        var options = new ChromeOptions { BinaryLocation = "/usr/bin/chromium" };
        options.AddArguments(["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--lang=zh-CN", .. arguments]);
        if (downloads is not null)
        {
            options.AddUserProfilePreference("download.default_directory", downloads);
            options.AddUserProfilePreference("download.prompt_for_download", false);
        }
        options.SetLoggingPreference(LogType.Browser, LogLevel.All);
        var service = ChromeDriverService.CreateDefaultService("/usr/bin", "chromedriver");
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        var browser = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        if (downloads is not null)
            browser.ExecuteCdpCommand("Browser.setDownloadBehavior", new Dictionary<string, object?> { ["behavior"] = "allow", ["downloadPath"] = downloads });
        return browser;
    }
}
