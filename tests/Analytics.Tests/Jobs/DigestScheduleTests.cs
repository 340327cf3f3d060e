using Analytics.Core.Dashboards;
using Analytics.Core.Digests;
using Analytics.Core.Ingest.Store;
using Analytics.Core.Metrics;
using Analytics.Core.Tests.Digests;
using Analytics.Jobs;
using Analytics.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace Analytics.Tests.Jobs;

/// <summary>
/// The real Quartz scheduler of <c>analytics serve</c> on an injected clock, with the shipped weekly briefing's digest:
/// it fires at Monday 08:00 in Shanghai as of the Sunday before with the page's own figures, a second fire sends
/// nothing, and a start after missed weeks sends once and records the older fires as skipped. No sleeping: the
/// clock is moved.
/// </summary>
public sealed class DigestScheduleTests
{
    private const string Digest = "weekly-briefing/weekly";
    private static readonly string Dashboards = Path.Combine(Cli.CliRun.RepositoryRoot, "dashboards");
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);

    private TempDirectory temp = null!;
    private SmtpServer smtp = null!;
    private string data = null!;

    [SetUp]
    public void Create()
    {
        temp = new TempDirectory("schedule-");
        data = DigestDemoData.CopyTo(temp.Path);
        smtp = new SmtpServer();
    }

    [TearDown]
    public void Delete()
    {
        smtp.Dispose();
        temp.Dispose();
    }

    /// <summary>The latest Monday 08:00 +08:00 at least a day before now, so that the demo data covers its Sunday.</summary>
    private static DateTimeOffset RecentMonday()
    {
        var today = DateTimeOffset.UtcNow.ToOffset(Shanghai).Date.AddDays(-1);
        while (today.DayOfWeek != DayOfWeek.Monday) today = today.AddDays(-1);
        return new DateTimeOffset(today.Year, today.Month, today.Day, 8, 0, 0, Shanghai);
    }

    /// <summary>The weekly briefing as the dashboard renderer draws it for e-mail, as of <paramref name="asOf"/>, from the test's data.</summary>
    private (Dashboard Page, RenderedPage Rendered) WeeklyBriefing(DateOnly asOf)
    {
        var page = DashboardCatalog.Load(Dashboards).Find("weekly-briefing")!;
        var store = new DataStore(data);
        using var connection = store.OpenCurrent();
        var renderer = new DashboardRenderer(new MetricsReader(connection, store.CurrentId!), new PageLinks("https://stats.jiangcheng.gov.cn"));
        return (page, renderer.Render(page, new PageRequest(asOf, page.DefaultPeriod, null, Audience.Internal, PageFlavor.Email)));
    }

    private FileSendLog Log => new(Path.Combine(data, "state", "digests"));

    private async Task<WebApplication> StartAsync(ManualClock clock)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["data"] = data,
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Smtp:From"] = "digest@jiangcheng.gov.cn",
            ["Digests:Lists:leadership:0"] = "张主任 <zhang@jiangcheng.gov.cn>",
            ["Digests:Lists:leadership:1"] = "li@jiangcheng.gov.cn",
            ["Digests:InternalRecipients"] = "leadership",
            ["Site:Dashboards"] = Dashboards,
            ["Site:PublicUrl"] = "https://stats.jiangcheng.gov.cn",
            ["Inbox:Enabled"] = "false",
        });
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.AddAnalyticsJobs();
        var app = builder.Build();
        await app.StartAsync();
        return app;
    }

    private async Task<IReadOnlyList<DigestRun>> WaitForRuns(Func<IReadOnlyList<DigestRun>, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var runs = await Log.RunsAsync(Digest, default);
            if (done(runs)) return runs;
            if (DateTime.UtcNow > deadline) throw new TimeoutException(string.Join("\n", runs));
            await Task.Delay(50);
        }
    }

    [Test]
    public async Task The_weekly_digest_fires_at_Monday_08_00_Shanghai_time_as_of_the_Sunday_before_and_once_only()
    {
        var monday = RecentMonday();
        var clock = new ManualClock(monday.AddSeconds(-30));
        await Log.AppendRunAsync(new DigestRun(Digest, monday.AddDays(-7), DateOnly.FromDateTime(monday.AddDays(-8).Date), RunOutcome.Completed, monday.AddDays(-7)), default);
        var app = await StartAsync(clock);
        try
        {
            // The start-up run finds nothing owed: the last fire was handled.
            await WaitForRuns(runs => runs.Count(r => r.Outcome == RunOutcome.Fired) == 1);
            Assert.That(smtp.MessageFiles(), Is.Empty);

            clock.Advance(TimeSpan.FromSeconds(29));
            await Task.Delay(300);
            Assert.That((await Log.RunsAsync(Digest, default)).Count(r => r.Outcome == RunOutcome.Fired), Is.EqualTo(1), "not before 08:00");
            clock.Advance(TimeSpan.FromSeconds(1));
            var runs = await WaitForRuns(runs => runs.Any(r => r.Outcome == RunOutcome.Completed && r.FireTime == monday));

            var sunday = DateOnly.FromDateTime(monday.Date.AddDays(-1));
            Assert.That(runs.Single(r => r.Outcome == RunOutcome.Completed && r.FireTime == monday).AsOf, Is.EqualTo(sunday));
            smtp.WaitForMessages(2, TimeSpan.FromSeconds(10));

            // The same fire once more (a second trigger, a double fire) sends nothing.
            var scheduler = await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
            await scheduler.TriggerJob(DigestJob.KeyFor(Digest));
            await WaitForRuns(runs => runs.Count(r => r.Outcome == RunOutcome.Fired) == 3);
            await Task.Delay(300);

            var messages = smtp.Messages();
            Assert.That(messages.Select(m => m.EnvelopeTo).Order(), Is.EqualTo(new[] { "li@jiangcheng.gov.cn", "zhang@jiangcheng.gov.cn" }));
            var (page, rendered) = WeeklyBriefing(sunday);
            Assert.That(messages.Select(m => m.Subject).Distinct(), Is.EqualTo(new[] { page.Digests[0].FormatSubject(page.Title, sunday, Period.Week) }));

            // The message carries the page's own figures: its text and HTML as the dashboard renders them for e-mail.
            var message = messages[0];
            Assert.That(message.Part("text/plain").Text, Does.StartWith(rendered.Text.TrimEnd()));
            Assert.That(message.Part("text/plain").Text, Does.EndWith($"https://stats.jiangcheng.gov.cn/weekly-briefing?asOf={sunday:yyyy-MM-dd}\n"));
            Assert.That(message.Part("text/html").Text, Does.Contain(rendered.Html));
            Assert.That(rendered.Charts, Is.Not.Empty);
            Assert.That(message.Parts.Where(p => p.Type == "image/png").Select(p => p.ContentId!.Trim('<', '>')),
                Is.EqualTo(rendered.Charts.Select(c => c.ContentId)));
            foreach (var chart in rendered.Charts) Assert.That(message.Part("text/html").Text, Does.Contain($"src=\"cid:{chart.ContentId}\""));
        }
        finally
        {
            await app.StopAsync();
        }
    }

    [Test]
    public async Task A_start_after_three_missed_Mondays_sends_once_and_records_the_older_two_as_skipped()
    {
        var monday = RecentMonday();
        var clock = new ManualClock(monday.AddHours(5));
        await Log.AppendRunAsync(new DigestRun(Digest, monday.AddDays(-21), DateOnly.FromDateTime(monday.AddDays(-22).Date), RunOutcome.Completed, monday.AddDays(-21)), default);

        var app = await StartAsync(clock);
        try
        {
            var runs = await WaitForRuns(runs => runs.Any(r => r.Outcome == RunOutcome.Completed && r.FireTime == monday));
            smtp.WaitForMessages(2, TimeSpan.FromSeconds(10));
            var sunday = DateOnly.FromDateTime(monday.Date.AddDays(-1));

            Assert.That(runs.Where(r => r.Outcome == RunOutcome.Skipped).Select(r => r.FireTime), Is.EqualTo(new[] { monday.AddDays(-14), monday.AddDays(-7) }));
            var (page, _) = WeeklyBriefing(sunday);
            Assert.That(smtp.Messages().Select(m => m.Subject).Distinct(), Is.EqualTo(new[] { page.Digests[0].FormatSubject(page.Title, sunday, Period.Week) }));
            var skipped = await Log.ProblemsAsync(DateTimeOffset.MinValue, 10, default);
            Assert.That(skipped.Select(s => (s.AsOf, s.Status)).Distinct(), Is.EquivalentTo(new[]
            {
                (sunday.AddDays(-14), SendStatus.Skipped), (sunday.AddDays(-7), SendStatus.Skipped),
            }));
        }
        finally
        {
            await app.StopAsync();
        }
    }
}
