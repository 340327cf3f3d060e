using Analytics.Core.Ingest.Store;
using Analytics.Core.Tests.Digests;
using Analytics.Tests.Ingest;
using Analytics.Tests.Support;

namespace Analytics.Tests.Jobs;

/// <summary><c>analytics serve</c> polls its drop folder: ledgers dropped there are imported with the SQL models, a bad one is set aside with its errors.</summary>
public sealed class InboxServeTests
{
    [Test]
    public void Ledgers_dropped_into_the_inbox_of_a_running_server_are_imported_or_set_aside()
    {
        using var temp = new TempDirectory("inbox-serve-");
        var data = Path.Combine(temp.Path, "data");
        var inbox = Path.Combine(data, "inbox");
        using var serve = new ServeProcess(data, new Dictionary<string, string>
        {
            ["Inbox:Schedule"] = "0/1 * * * * ?",
            ["Inbox:SettleSeconds"] = "1",
            ["Site:DemoWhenEmpty"] = "false",
        });
        serve.WaitForOutput("Application started", TimeSpan.FromSeconds(60));

        GeneratedLedgers.WriteBase(Path.Combine(temp.Path, "staging"));
        Directory.CreateDirectory(inbox);
        File.Move(Path.Combine(temp.Path, "staging", "项目台账.csv"), Path.Combine(inbox, "项目台账.csv"));
        File.Move(Path.Combine(temp.Path, "staging", "资金到位台账.csv"), Path.Combine(inbox, "资金到位台账.csv"));
        File.WriteAllText(Path.Combine(inbox, "目标任务.csv"), "年度,所属地区,指标,目标值\n2021,江城区,新签约亿元以上项目数,多\n");

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!File.Exists(Path.Combine(inbox, "done", "资金到位台账.csv")) || !File.Exists(Path.Combine(inbox, "failed", "目标任务.csv.errors.txt")))
        {
            if (DateTime.UtcNow > deadline) Assert.Fail("the inbox was not processed:\n" + serve.Output);
            Thread.Sleep(100);
        }
        serve.Stop(TimeSpan.FromSeconds(10));

        var store = new DataStore(data);
        Assert.That(store.Current!.Files.Select(f => f.Name), Is.EqualTo(new[] { "资金到位台账.csv", "项目台账.csv" }));
        Assert.That(store.Current.Tables["projects"], Is.EqualTo(3));
        Assert.That(store.History().Last().Action, Is.EqualTo("inbox"));
        Assert.That(File.ReadAllText(Path.Combine(inbox, "failed", "目标任务.csv.errors.txt")), Does.Contain("目标值"));
        Assert.That(serve.Output, Does.Contain("Inbox: imported 项目台账.csv"));
    }
}
