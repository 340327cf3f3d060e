using Analytics.Core.Digests;
using Analytics.Core.Tests.Digests;
using Analytics.Jobs;
using Analytics.Tests.Support;
using Npgsql;

namespace Analytics.Tests.Jobs;

/// <summary>
/// Two <c>analytics serve</c> nodes sharing a real PostgreSQL in clustered mode, a digest firing every 5 seconds:
/// every fire runs on exactly one node, the digest goes out once per recipient, and when the node that has been
/// firing is killed the other takes over. Real time, by necessity: the nodes are separate processes.
/// </summary>
public sealed class ClusteredSchedulerTests
{
    private const string Digest = "pulse/weekly";

    [Test]
    public void Each_fire_runs_on_one_node_and_the_survivor_goes_on_when_a_node_dies()
    {
        using var postgres = new PostgresServer();
        var connection = postgres.CreateDatabase("analytics");
        PostgresServer.Execute(connection, File.ReadAllText(Path.Combine(Cli.CliRun.RepositoryRoot, "sql", "quartz", "postgres.sql")));
        PostgresServer.Execute(connection, File.ReadAllText(Path.Combine(Cli.CliRun.RepositoryRoot, "sql", "quartz", "send_log.sql")));
        using var temp = new TempDirectory("cluster-");
        var data = DigestDemoData.CopyTo(temp.Path);
        var dashboards = PulseDashboard(temp.Path);
        using var smtp = new SmtpServer();

        var started = DateTimeOffset.UtcNow;
        using var nodeA = new ServeProcess(data, Settings("node-a", connection, smtp.Port, dashboards));
        nodeA.WaitForOutput("Scheduler analytics_$_node-a started", TimeSpan.FromSeconds(60));
        using var nodeB = new ServeProcess(data, Settings("node-b", connection, smtp.Port, dashboards));
        nodeB.WaitForOutput("Scheduler analytics_$_node-b started", TimeSpan.FromSeconds(60));

        Thread.Sleep(TimeSpan.FromSeconds(30));
        // Kill the node that ran the latest fire: the other must take the trigger over.
        var firing = CronFires(connection, started).Last().Node;
        var (victim, survivor) = firing == "node-a" ? (nodeA, nodeB) : (nodeB, nodeA);
        var survivorName = firing == "node-a" ? "node-b" : "node-a";
        victim.Kill();
        var killed = DateTimeOffset.UtcNow;
        Thread.Sleep(TimeSpan.FromSeconds(25));
        survivor.Stop(TimeSpan.FromSeconds(15));

        var fires = CronFires(connection, started);
        var context = $"fires: {string.Join(", ", fires.Select(f => $"{f.FireTime:HH:mm:ss}@{f.Node}"))}\nnode-a:\n{nodeA.Output}\nnode-b:\n{nodeB.Output}";
        var duplicates = fires.GroupBy(f => f.FireTime).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.That(duplicates, Is.Empty, "a fire ran on more than one node\n" + context);
        Assert.That(fires.Count(f => f.FireTime < killed), Is.GreaterThanOrEqualTo(5), context);
        // Each node ran its own start-up fire (pinned to it), so both were live members of the cluster.
        Assert.That(AllFires(connection).Select(f => f.Node).Distinct().Order(), Is.EqualTo(new[] { "node-a", "node-b" }), context);
        // The survivor fires on schedule once the dead node's check-ins have lapsed (2 × 2 s here).
        var afterKill = fires.Where(f => f.FireTime > killed.AddSeconds(8)).ToList();
        Assert.That(afterKill.Count, Is.GreaterThanOrEqualTo(2), context);
        Assert.That(afterKill.Select(f => f.Node).Distinct(), Is.EqualTo(new[] { survivorName }), context);

        // However many fires, each recipient has the digest once: the send log is shared.
        Assert.That(smtp.Messages().Select(m => m.EnvelopeTo).Order(), Is.EqualTo(new[] { "a@jiangcheng.gov.cn", "b@jiangcheng.gov.cn" }), context);
    }

    /// <summary>The fires of the digest's cron trigger (every 5 s) since the test began, from the shared send log, in time order.</summary>
    private static List<DigestRun> CronFires(string connection, DateTimeOffset since) =>
        AllFires(connection).Where(r => r.FireTime >= since && r.FireTime.Millisecond == 0 && r.FireTime.Second % 5 == 0).OrderBy(r => r.FireTime).ToList();

    /// <summary>Every fire recorded, start-up fires included.</summary>
    private static List<DigestRun> AllFires(string connection)
    {
        using var dataSource = NpgsqlDataSource.Create(connection);
        return new PostgresSendLog(dataSource).RunsAsync(Digest, default).Result.Where(r => r.Outcome == RunOutcome.Fired).ToList();
    }

    /// <summary>A dashboards folder holding the weekly briefing as <c>pulse</c>, its digest firing every 5 seconds.</summary>
    private static string PulseDashboard(string parent)
    {
        var folder = Path.Combine(parent, "dashboards");
        Directory.CreateDirectory(folder);
        var text = File.ReadAllText(Path.Combine(Cli.CliRun.RepositoryRoot, "dashboards", "weekly-briefing.md"));
        Assert.That(text, Does.Contain("cron: 0 0 8 ? * MON"));
        File.WriteAllText(Path.Combine(folder, "pulse.md"), text.Replace("cron: 0 0 8 ? * MON", "cron: 0/5 * * * * ?"));
        return folder;
    }

    private static Dictionary<string, string> Settings(string node, string connection, int smtpPort, string dashboards) => new()
    {
        ["Quartz:Clustered"] = "true",
        ["Quartz:ConnectionString"] = connection,
        ["Quartz:InstanceId"] = node,
        ["Quartz:CheckinSeconds"] = "2",
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Smtp:From"] = "digest@jiangcheng.gov.cn",
        ["Site:Dashboards"] = dashboards,
        ["Digests:Lists:leadership:0"] = "a@jiangcheng.gov.cn",
        ["Digests:Lists:leadership:1"] = "b@jiangcheng.gov.cn",
        ["Digests:InternalRecipients"] = "leadership",
        ["Inbox:Enabled"] = "false",
    };
}
