using Analytics.Web.Accounts;
using OpenQA.Selenium.Chrome;

namespace Analytics.Tests.Support;

/// <summary>
/// A real <c>analytics serve</c> on a copy of the demo data with the given accounts, and headless Chromium to read it:
/// what each browser test fixture starts once and disposes at its end.
/// </summary>
internal sealed class BrowserSite : IDisposable
{
    public BrowserSite(string name, IEnumerable<UserAccount> accounts, bool downloads, params string[] chromiumArguments)
    {
        Root = Path.Combine(Path.GetTempPath(), name, Guid.NewGuid().ToString("N")[..12]);
        var data = DemoDataDirectory.CopyTo(Path.Combine(Root, "data"));
        foreach (var account in accounts) UserStore.Save(data, account);
        Downloads = downloads ? Directory.CreateDirectory(Path.Combine(Root, "downloads")).FullName : null;
        Site = new ServeProcess(data, new Dictionary<string, string> { ["Site:DemoWhenEmpty"] = "false" });
        Site.WaitForOutput("listening on", TimeSpan.FromSeconds(90));
        Browser = Chromium.Start(Downloads, chromiumArguments);
    }

    /// <summary>The fixture's own folder: the data, downloads and any file a test writes.</summary>
    public string Root { get; }

    public string? Downloads { get; }

    public ServeProcess Site { get; }

    public ChromeDriver Browser { get; }

    public void Dispose()
    {
        Browser.Quit();
        Site.Dispose();
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
    }
}
