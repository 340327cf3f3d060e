using Analytics.Core.Metrics;

namespace Analytics.Core.Tests.Metrics;

/// <summary>
/// Traffic lights exactly on their boundaries on a date where binary fractions do not add up: as of 2021-02-20,
/// day 51 of 365, the schedule is 51/365 = 0.139726…; 51/365 − 0.10 = 14.5/365. Each region signed one project on
/// 2021-01-05 against a 签约总投资 target of 36.5 亿元.
/// </summary>
public sealed class LightBoundaryTests
{
    private static readonly DateOnly AsOf = new(2021, 2, 20);

    private ImportedVersion version = null!;

    [OneTimeSetUp]
    public void Import() => version = ImportedVersion.Create(directory =>
    [
        LedgerCsv.Projects(directory,
        [
            new ProjectRow("L1", "东区", "生物医药", "本地资金", 5.1m, "2021-01-05"),  // 5.1 / 36.5 = 51/365: on schedule
            new ProjectRow("L2", "北区", "生物医药", "本地资金", 5.09m, "2021-01-05"), // just behind schedule
            new ProjectRow("L3", "西区", "生物医药", "本地资金", 1.45m, "2021-01-05"), // 1.45 / 36.5 = 14.5/365: 10 points behind
            new ProjectRow("L4", "南区", "生物医药", "本地资金", 1.44m, "2021-01-05"), // more than 10 points behind
        ]),
        LedgerCsv.Targets(directory, new[] { "东区", "北区", "西区", "南区" }.Select(r => (2021, r, "签约总投资(亿元)", 36.5m))),
    ], AsOf);

    [OneTimeTearDown]
    public void Remove() => version.Dispose();

    [TestCase("东区", "green")]
    [TestCase("北区", "yellow")]
    [TestCase("西区", "yellow")]
    [TestCase("南区", "red")]
    public void Light_follows_the_exact_fractions(string region, string light)
    {
        var target = version.Reader.Targets(AsOf).Single(t => t.Region == region);
        Assert.That(target.Light, Is.EqualTo(light));
        Assert.That(target.Schedule, Is.EqualTo(51.0 / 365).Within(1e-15));
    }

    [Test]
    public void Kpis_carry_the_same_lights()
    {
        IReadOnlyList<TargetFigure> targets = version.Reader.Kpis(AsOf).Targets;
        Assert.That(targets.Select(t => (t.Region, t.Light)), Is.EqualTo(new[] { ("东区", "green"), ("北区", "yellow"), ("西区", "yellow"), ("南区", "red") }), "in the order of the projects ledger");
    }
}
