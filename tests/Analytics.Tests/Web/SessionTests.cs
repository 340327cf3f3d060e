using System.Net;
using Analytics.Core.Tests.Digests;
using Analytics.Web.Accounts;

namespace Analytics.Tests.Web;

/// <summary>
/// Sessions end: when the account is removed, disabled or its password changes, at logout (a copied cookie too), for
/// every device at "log out everywhere", and at the absolute lifetime; they survive a restart, with the keys in the data directory.
/// </summary>
public sealed class SessionTests
{
    private const string Name = "zhang";
    private const string Password = "first-password-1";
    private const string Internal = "/weekly-briefing?asOf=2021-11-30";
    private const string Models = "/api/models/kpis?asOf=2021-11-30";

    private TempDirectory temp = null!;
    private string data = null!;

    [SetUp]
    public void Create()
    {
        temp = new TempDirectory("sessions-");
        data = DemoDataDirectory.CopyTo(Path.Combine(temp.Path, "data"));
        UserStore.Save(data, new UserAccount(Name, PasswordHash.Create(Password)));
    }

    [TearDown]
    public void Delete() => temp.Dispose();

    private static async Task AssertOpens(SiteFactory site, string cookie, string because)
    {
        Assert.That((await site.GetWithCookie(Internal, cookie)).StatusCode, Is.EqualTo(HttpStatusCode.OK), because + ": " + Internal);
        Assert.That((await site.GetWithCookie(Models, cookie)).StatusCode, Is.EqualTo(HttpStatusCode.OK), because + ": " + Models);
    }

    private static async Task AssertRefused(SiteFactory site, string cookie, string because)
    {
        foreach (var url in new[] { Internal, "/status" })
        {
            var response = await site.GetWithCookie(url, cookie);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), because + ": " + url);
            Assert.That(response.Headers.Location!.OriginalString, Does.StartWith("/login?returnUrl="), because + ": " + url);
        }
        // The API answers a client without a valid login with 401, not a redirect to the login page.
        Assert.That((await site.GetWithCookie(Models, cookie)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), because + ": " + Models);
    }

    [Test]
    public async Task A_removed_accounts_cookie_no_longer_opens_internal_pages_or_the_api()
    {
        using var site = new SiteFactory(data);
        var cookie = await site.LoginCookie(Name, Password);
        await AssertOpens(site, cookie, "before the removal");

        UserStore.Remove(data, Name);

        await AssertRefused(site, cookie, "after analytics user remove");
    }

    [Test]
    public async Task A_password_change_ends_the_sessions_opened_before_it()
    {
        using var site = new SiteFactory(data);
        var cookie = await site.LoginCookie(Name, Password);
        await AssertOpens(site, cookie, "before the change");

        UserStore.Save(data, new UserAccount(Name, PasswordHash.Create("second-password-2")));

        await AssertRefused(site, cookie, "after the password change");
        await AssertOpens(site, await site.LoginCookie(Name, "second-password-2"), "a new login");
    }

    [Test]
    public async Task A_role_change_ends_the_sessions_opened_before_it()
    {
        using var site = new SiteFactory(data);
        var cookie = await site.LoginCookie(Name, Password);

        var account = UserStore.Read(UserStore.FilePath(data)).Single(u => u.Name == Name);
        UserStore.Save(data, account with { Role = AccountRoles.Admin });

        await AssertRefused(site, cookie, "after the role change");
    }

    [Test]
    public async Task A_disabled_account_cannot_log_in_and_its_sessions_end()
    {
        using var site = new SiteFactory(data);
        var cookie = await site.LoginCookie(Name, Password);

        var account = UserStore.Read(UserStore.FilePath(data)).Single(u => u.Name == Name);
        UserStore.Save(data, account with { Disabled = true });

        await AssertRefused(site, cookie, "after disabling");
        var login = await SiteFactory.Login(site.Anonymous(), Name, Password);
        Assert.That(login.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await login.Content.ReadAsStringAsync(), Does.Contain("该账号已停用，请联系管理员。"));
    }

    [Test]
    public async Task A_cookie_replayed_after_logout_is_refused()
    {
        using var site = new SiteFactory(data);
        var cookie = await site.LoginCookie(Name, Password);
        var other = await site.LoginCookie(Name, Password); // another device of the same person
        await AssertOpens(site, cookie, "before the logout");

        using var logout = new HttpRequestMessage(HttpMethod.Post, "/logout");
        logout.Headers.Add("Cookie", cookie);
        Assert.That((await site.WithoutCookies().SendAsync(logout)).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

        await AssertRefused(site, cookie, "the copied cookie after the logout");
        await AssertOpens(site, other, "the other device stays logged in");
    }

    [Test]
    public async Task Logout_everywhere_ends_every_session_of_the_account()
    {
        using var site = new SiteFactory(data);
        var cookie = await site.LoginCookie(Name, Password);
        var other = await site.LoginCookie(Name, Password);

        using var logout = new HttpRequestMessage(HttpMethod.Post, "/logout") { Content = new FormUrlEncodedContent([new("everywhere", "1")]) };
        logout.Headers.Add("Cookie", cookie);
        await site.WithoutCookies().SendAsync(logout);

        await AssertRefused(site, other, "the other device");
        await AssertOpens(site, await site.LoginCookie(Name, Password), "a login after it");
    }

    [Test]
    public async Task A_session_used_all_day_ends_twelve_hours_after_its_login()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        using var site = new SiteFactory(data, clock: clock);
        var client = site.Anonymous(); // keeps the renewed cookies
        Assert.That((await SiteFactory.Login(client, Name, Password)).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        for (var hour = 1; hour < 12; hour++)
        {
            clock.Advance(TimeSpan.FromHours(1));
            Assert.That((await client.GetAsync(Internal)).StatusCode, Is.EqualTo(HttpStatusCode.OK), $"hour {hour}: renewed by use");
        }

        clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1));

        Assert.That((await client.GetAsync(Internal)).StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "past 12 hours");
    }

    [Test]
    public async Task A_session_left_alone_for_two_hours_ends()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        using var site = new SiteFactory(data, clock: clock);
        var client = site.Anonymous();
        await SiteFactory.Login(client, Name, Password);
        clock.Advance(TimeSpan.FromMinutes(119));
        Assert.That((await client.GetAsync(Internal)).StatusCode, Is.EqualTo(HttpStatusCode.OK), "119 minutes");

        clock.Advance(TimeSpan.FromMinutes(121));

        Assert.That((await client.GetAsync(Internal)).StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "121 minutes after the last request");
    }

    [Test]
    public async Task Sessions_survive_a_restart_with_the_keys_in_the_data_directory_and_a_logout_survives_it_too()
    {
        string kept, loggedOut;
        using (var before = new SiteFactory(data))
        {
            kept = await before.LoginCookie(Name, Password);
            loggedOut = await before.LoginCookie(Name, Password);
            using var logout = new HttpRequestMessage(HttpMethod.Post, "/logout");
            logout.Headers.Add("Cookie", loggedOut);
            await before.WithoutCookies().SendAsync(logout);
        }
        Assert.That(Directory.GetFiles(SiteDataProtection.KeysDirectory(data), "key-*.xml"), Has.Length.EqualTo(1));
        Assert.That(File.GetUnixFileMode(SiteDataProtection.KeysDirectory(data)), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute));

        using var after = new SiteFactory(data);

        await AssertOpens(after, kept, "after the restart");
        await AssertRefused(after, loggedOut, "logged out before the restart");
    }
}
