using System.Net;
using System.Text.RegularExpressions;
using Analytics.Web.Accounts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Analytics.Tests.Web;

/// <summary>
/// The whole site in process (the real program, started through its entry point) on a data directory, with one
/// admin account (more accounts through the settings). Rate limits are off (or high) unless a test sets them.
/// </summary>
public sealed class SiteFactory(string dataDirectory, IReadOnlyDictionary<string, string>? settings = null, TimeProvider? clock = null)
    : WebApplicationFactory<Program>
{
    public const string UserName = "leader";
    public const string Password = "correct-horse-42";

    private static readonly string Hash = PasswordHash.Create(Password);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("data", dataDirectory);
        builder.UseSetting("Site:DemoWhenEmpty", "false");
        builder.UseSetting("Site:UncachedPerClientPerSecond", "0");
        builder.UseSetting("Site:LoginAttemptsPerMinute", "1000"); // tests log in often; the limit has its own test
        builder.UseSetting("Users:0:Name", UserName);
        builder.UseSetting("Users:0:PasswordHash", Hash);
        builder.UseSetting("Users:0:Role", AccountRoles.Admin);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) builder.UseSetting(key, value);
        if (clock is not null) builder.ConfigureServices(services => services.AddSingleton(clock));
    }

    /// <summary>A client that neither keeps cookies nor follows redirects: the test sends the cookies it wants.</summary>
    public HttpClient WithoutCookies() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    /// <summary>Logs in and returns the login cookie (<c>analytics_auth=…</c>) as a <c>Cookie</c> header value.</summary>
    public async Task<string> LoginCookie(string name, string password)
    {
        var response = await Login(Anonymous(), name, password);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "login of " + name);
        return response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith(Analytics.Web.SiteSetup.LoginCookie + "=", StringComparison.Ordinal));
    }

    /// <summary>Sends GET <paramref name="url"/> with exactly the cookie <paramref name="cookie"/>.</summary>
    public async Task<HttpResponseMessage> GetWithCookie(string url, string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", cookie);
        return await WithoutCookies().SendAsync(request);
    }

    /// <summary>A client that keeps cookies and does not follow redirects (tests look at them).</summary>
    public HttpClient Anonymous() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public async Task<HttpClient> LoggedIn()
    {
        var client = Anonymous();
        var response = await Login(client, UserName, Password);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "login");
        return client;
    }

    /// <summary>Fetches the login form (for its anti-forgery token) and posts the name and password.</summary>
    public static async Task<HttpResponseMessage> Login(HttpClient client, string name, string password, string returnUrl = "/weekly-briefing")
    {
        var form = await client.GetStringAsync("/login");
        var token = Regex.Match(form, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        return await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["name"] = name,
            ["password"] = password,
            ["returnUrl"] = returnUrl,
        }));
    }
}
