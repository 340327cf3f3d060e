using Analytics.Core.Demo;

namespace Analytics.Core.Tests.Demo;

public sealed class DemoScaleTests
{
    private static readonly DemoOptions Options = new() { Today = new DateOnly(2021, 11, 30) };

    [Test]
    public void Scale_2_doubles_the_projects_and_the_calibrated_figures()
    {
        var single = DemoData.Generate(Options).Projects.ToList();
        var doubled = DemoData.Generate(Options with { Scale = 2 });
        var projects = doubled.Projects.ToList();
        var metrics = new LedgerMetrics(projects, doubled.Funds.ToList());

        Assert.That(single, Has.Count.EqualTo(1886));
        Assert.That(projects, Has.Count.EqualTo(2 * 1886));
        Assert.That(projects.Select(p => p.ProjectId), Is.Unique);
        Assert.That(metrics.Signed(new DateOnly(2021, 11, 30)), Is.EqualTo(2 * 643));
        Assert.That(metrics.FundsInPlace(new DateOnly(2021, 11, 30)), Is.EqualTo(2 * 1447.0m));
    }

    [Test]
    public void The_first_copy_is_the_scale_1_data_set()
    {
        var single = DemoData.Generate(Options).Projects.Where(p => p.ProjectId.StartsWith("JC2021-")).ToList();
        var doubled = DemoData.Generate(Options with { Scale = 2 }).Projects.Where(p => p.ProjectId.StartsWith("JC2021-")).ToList();

        Assert.That(doubled.Take(single.Count), Is.EqualTo(single));
    }

    [Test]
    public void Targets_scale_with_the_copies()
    {
        var single = DemoData.Generate(Options).Targets;
        var tripled = DemoData.Generate(Options with { Scale = 3 }).Targets;

        Assert.That(tripled.Select(t => t.Target), Is.EqualTo(single.Select(t => t.Target * 3)));
    }

    [Test]
    public void Invalid_options_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DemoData.Generate(Options with { Scale = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => DemoData.Generate(Options with { Today = new DateOnly(2018, 12, 31) }));
    }
}
