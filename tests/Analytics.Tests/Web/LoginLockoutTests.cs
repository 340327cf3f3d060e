using System.Net;
using Analytics.Audit;
using Analytics.Core.Tests.Digests;

namespace Analytics.Tests.Web;

/// <summary>Five failed logins of one name lock it for 15 minutes, even with the right password; the audit log records each attempt.</summary>
public sealed class LoginLockoutTests
{
    [Test]
    public async Task Five_failures_lock_the_account_for_fifteen_minutes_with_a_clear_message()
    {
        using var temp = new TempDirectory("lockout-");
        var data = DemoDataDirectory.CopyTo(Path.Combine(temp.Path, "data"));
        File.Delete(AuditLog.FilePath(data)); // the shared demo directory's log holds the other fixtures' logins
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        using var site = new SiteFactory(data, clock: clock);
        var client = site.Anonymous();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++) statuses.Add((await SiteFactory.Login(client, SiteFactory.UserName, "guess-" + i)).StatusCode);

        var locked = await SiteFactory.Login(client, SiteFactory.UserName, SiteFactory.Password);

        Assert.That(statuses, Is.EqualTo(Enumerable.Repeat(HttpStatusCode.Unauthorized, 4).Append(HttpStatusCode.TooManyRequests)));
        Assert.That(locked.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests), "the right password while locked");
        Assert.That(await locked.Content.ReadAsStringAsync(), Does.Contain("登录失败次数过多，该账号已暂时锁定，请 15 分钟后再试，或联系管理员。"));
        Assert.That((await SiteFactory.Login(client, "other-name", "whatever-1")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "other names are not locked");

        clock.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(1));

        Assert.That((await SiteFactory.Login(client, SiteFactory.UserName, SiteFactory.Password)).StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "after 15 minutes");
        var actions = new AuditLog(data).Read(SiteFactory.UserName).Select(e => e.Action + (e.Detail is null ? "" : ":" + e.Detail)).ToList();
        Assert.That(actions, Is.EqualTo(Enumerable.Repeat("login-failed", 5).Append("locked-out").Append("login-failed:locked").Append("login")));
    }
}
