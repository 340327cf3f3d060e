using Analytics.Core.Dashboards;
using Analytics.Core.Digests;
using Analytics.Core.Tests.Digests;
using Analytics.Tests.Support;

namespace Analytics.Tests.Jobs;

/// <summary>
/// <c>analytics serve</c> killed while it sends the weekly briefing's digest to 150 recipients, then started again:
/// every recipient has exactly one message. The server starts to catch up the missed Monday digest on its own.
/// </summary>
public sealed class KillMidBatchTests
{
    private const int Recipients = 150;
    private const string Digest = "weekly-briefing/weekly";

    [Test]
    public void A_server_killed_mid_batch_sends_the_rest_after_restart_with_no_duplicates_and_none_missing()
    {
        using var temp = new TempDirectory("kill-batch-");
        var data = DigestDemoData.CopyTo(temp.Path);
        using var smtp = new SmtpServer();
        var addresses = Enumerable.Range(1, Recipients).Select(i => $"officer{i:D3}@jiangcheng.gov.cn").ToList();
        var settings = Settings(smtp.Port, addresses);
        // The server ran a week ago: the Monday digest since then is owed and sent at start.
        var now = DateTimeOffset.UtcNow;
        new FileSendLog(Path.Combine(data, "state", "digests")).AppendRunAsync(
            new DigestRun(Digest, now.AddDays(-8), DateOnly.FromDateTime(now.AddDays(-8).Date), RunOutcome.Baseline, now.AddDays(-8)), default).Wait();

        using (var first = new ServeProcess(data, settings))
        {
            smtp.WaitForMessages(20, TimeSpan.FromSeconds(60));
            // Freeze the SMTP server, let the sender record every reply already given, then kill both: a message
            // the frozen server had not stored is lost with it, as with a crash. (A kill between the server storing
            // a message and the log recording its reply cannot be told from a lost message: see docs/jobs.md.)
            smtp.Freeze();
            Thread.Sleep(1000);
            first.Kill();
        }
        smtp.Stop();
        var beforeRestart = smtp.MessageFiles().Count;
        Assert.That(beforeRestart, Is.InRange(20, Recipients - 1), "the batch was cut short");
        smtp.Start();

        using (var second = new ServeProcess(data, settings))
        {
            smtp.WaitForMessages(Recipients, TimeSpan.FromSeconds(90));
            second.WaitForOutput($"Digest {Digest} as of", TimeSpan.FromSeconds(30));
            Thread.Sleep(1000);
            second.Stop(TimeSpan.FromSeconds(10));
            Assert.That(second.Output, Does.Contain($"sent {Recipients - beforeRestart}, already sent {beforeRestart}"), second.Output);
        }

        var messages = smtp.Messages();
        Assert.That(messages.Select(m => m.EnvelopeTo).Order(), Is.EqualTo(addresses), "each recipient exactly once");
        Assert.That(messages.Select(m => m.MessageId).Distinct().Count(), Is.EqualTo(Recipients));
        var sends = new FileSendLog(Path.Combine(data, "state", "digests"));
        var runs = sends.RunsAsync(Digest, default).Result;
        var asOf = runs.Last(r => r.Outcome == RunOutcome.Completed).AsOf;
        Assert.That(asOf.DayOfWeek, Is.EqualTo(DayOfWeek.Sunday));
        var latest = sends.SendsAsync(Digest, asOf, default).Result.GroupBy(r => r.Recipient).Select(g => g.Last().Status).ToList();
        Assert.That(latest, Has.Count.EqualTo(Recipients).And.All.EqualTo(SendStatus.Sent));
        var page = DashboardCatalog.Load(Path.Combine(Cli.CliRun.RepositoryRoot, "dashboards")).Find("weekly-briefing")!;
        Assert.That(messages.Select(m => m.Subject).Distinct(), Is.EqualTo(new[] { page.Digests[0].FormatSubject(page.Title, asOf, page.DefaultPeriod) }));
    }

    private static Dictionary<string, string> Settings(int smtpPort, IReadOnlyList<string> addresses)
    {
        var settings = new Dictionary<string, string>
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Smtp:From"] = "江城市投资促进中心 <digest@jiangcheng.gov.cn>",
            ["Smtp:Parallelism"] = "1",
            ["Smtp:RetryDelaySeconds"] = "1",
            ["Digests:InternalRecipients"] = "leadership",
            ["Inbox:Enabled"] = "false",
        };
        // The shipped weekly briefing sends to the list "leadership".
        for (var i = 0; i < addresses.Count; i++) settings[$"Digests:Lists:leadership:{i}"] = addresses[i];
        return settings;
    }
}
