using Analytics.Core.Demo;

namespace Analytics.Core.Tests.Demo;

public sealed class DemoDeterminismTests
{
    private static readonly DemoOptions Options = new() { Today = new DateOnly(2021, 11, 30) };

    [Test]
    public void Same_options_give_the_same_records()
    {
        var first = DemoData.Generate(Options);
        var second = DemoData.Generate(Options);

        Assert.That(second.Projects, Is.EqualTo(first.Projects));
        Assert.That(second.Funds, Is.EqualTo(first.Funds));
        Assert.That(second.Targets, Is.EqualTo(first.Targets));
        Assert.That(second.Activities, Is.EqualTo(first.Activities));
    }

    [Test]
    public void Another_seed_gives_other_projects()
    {
        var first = DemoData.Generate(Options).Projects.ToList();
        var other = DemoData.Generate(Options with { Seed = 7 }).Projects.ToList();

        Assert.That(other.Select(p => p.Name), Is.Not.EqualTo(first.Select(p => p.Name)));
    }

    [Test]
    public void A_later_date_keeps_the_ids_and_adds_what_happened_since()
    {
        var early = DemoData.Generate(Options).Projects.ToList();
        var late = DemoData.Generate(Options with { Today = new DateOnly(2023, 6, 30) }).Projects.ToDictionary(p => p.ProjectId);

        Assert.That(early.All(p => late.ContainsKey(p.ProjectId) && late[p.ProjectId].Name == p.Name), Is.True);
        Assert.That(early.Where(p => p.SignedOn is not null).All(p => late[p.ProjectId].SignedOn == p.SignedOn), Is.True);
        Assert.That(early.Count(p => p.StartedOn is null && late[p.ProjectId].StartedOn is not null), Is.GreaterThan(0));
    }

    [Test]
    public void Same_ledgers_give_the_same_file_bytes()
    {
        var root = Directory.CreateTempSubdirectory("demo-bytes-").FullName;
        try
        {
            var first = DemoLedgerFiles.Write(DemoData.Generate(Options), Path.Combine(root, "a"))
                .Concat(DemoLedgerFiles.WriteCsv(DemoData.Generate(Options), Path.Combine(root, "a"))).ToList();
            var second = DemoLedgerFiles.Write(DemoData.Generate(Options), Path.Combine(root, "b"))
                .Concat(DemoLedgerFiles.WriteCsv(DemoData.Generate(Options), Path.Combine(root, "b"))).ToList();

            Assert.That(first.Select(Path.GetFileName), Is.EqualTo(new[]
            {
                "项目台账.xlsx", "资金到位台账.xlsx", "目标任务.xlsx", "招商活动台账.xlsx", "地区.xlsx", "外部排名.xlsx",
                "项目台账.csv", "资金到位台账.csv", "目标任务.csv", "招商活动台账.csv", "地区.csv", "外部排名.csv",
            }));
            for (var i = 0; i < first.Count; i++)
            {
                Assert.That(File.ReadAllBytes(second[i]), Is.EqualTo(File.ReadAllBytes(first[i])), Path.GetFileName(first[i]));
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
