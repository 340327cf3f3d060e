using Analytics.Core.Metrics;

namespace Analytics.Core.Tests.Metrics.HandBuilt;

/// <summary>Targets of <see cref="HandLedger"/> as of 2021-06-30: schedule 181/365, lights on their exact boundaries.</summary>
public sealed class TargetProgressTests
{
    private const double Schedule = 181.0 / 365;

    private IReadOnlyList<TargetFigure> targets = null!;

    [OneTimeSetUp]
    public void Read() => targets = HandLedgerSetup.Version.Reader.Targets(HandLedger.AsOf);

    private TargetFigure Target(string region, string indicator) => targets.Single(t => t.Region == region && t.Indicator == indicator);

    [Test]
    public void Targets_are_listed_city_first_then_by_region_in_the_ledger_s_order_and_indicator()
    {
        Assert.That(targets.Select(t => $"{t.Region} {t.Indicator}"), Is.EqualTo(new[]
        {
            "全市 新签约亿元以上项目数", "东区 实际到位资金(亿元)", "东区 签约总投资(亿元)", "西区 实际到位资金(亿元)",
            "南区 实际到位资金(亿元)", "北区 新签约亿元以上项目数",
        }));
        Assert.That(targets.Select(t => t.Schedule), Is.All.EqualTo(Schedule).Within(1e-15));
    }

    [Test]
    public void Completion_equal_to_the_schedule_is_green()
    {
        // 18.1 / 36.5 = 181 / 365: exactly on schedule.
        var east = Target("东区", "实际到位资金(亿元)");
        Assert.That((east.Target, east.Actual, east.Light), Is.EqualTo((36.5m, 18.1m, "green")));
        Assert.That(east.Completion, Is.EqualTo(Schedule).Within(1e-15));
        Assert.That(east.Gap, Is.EqualTo(0.0).Within(1e-15));
    }

    [Test]
    public void Completion_just_below_the_schedule_is_yellow()
    {
        // 95.5 / 193 = 0.49482 < 0.49589.
        var east = Target("东区", "签约总投资(亿元)");
        Assert.That((east.Target, east.Actual, east.Light), Is.EqualTo((193m, 95.5m, "yellow")));
        Assert.That(east.Completion, Is.EqualTo(95.5 / 193).Within(1e-15));
    }

    [Test]
    public void Completion_exactly_10_points_behind_the_schedule_is_yellow()
    {
        // 14.45 / 36.5 = 144.5 / 365 = 181/365 − 0.10 exactly.
        var west = Target("西区", "实际到位资金(亿元)");
        Assert.That((west.Target, west.Actual, west.Light), Is.EqualTo((36.5m, 14.45m, "yellow")));
        Assert.That(west.Gap, Is.EqualTo(-0.10).Within(1e-12));
    }

    [Test]
    public void Completion_more_than_10_points_behind_the_schedule_is_red()
    {
        // 14.44 / 36.5 = 0.39562 < 0.39589.
        var south = Target("南区", "实际到位资金(亿元)");
        Assert.That((south.Target, south.Actual, south.Light), Is.EqualTo((36.5m, 14.44m, "red")));
    }

    [Test]
    public void A_target_of_0_is_met_without_a_completion()
    {
        var north = Target("北区", "新签约亿元以上项目数");
        Assert.That((north.Target, north.Actual, north.Completion, north.Gap, north.Light), Is.EqualTo((0m, 0m, (double?)null, (double?)null, "green")));
    }

    [Test]
    public void City_target_counts_signings_of_at_least_1_yi()
    {
        // 7 of 14 = 0.5 ≥ 0.49589.
        var city = Target("全市", "新签约亿元以上项目数");
        Assert.That((city.Target, city.Actual, city.Completion, city.Light), Is.EqualTo((14m, 7m, (double?)0.5, "green")));
    }

    [Test]
    public void Schedule_counts_366_days_in_a_leap_year()
    {
        // 2020-02-29 is day 60 of 366; 东区's 2020 funds target 4, of which 2 arrived in January: 0.5 ≥ 0.1639.
        var rows = HandLedgerSetup.Version.Reader.Targets(new DateOnly(2020, 2, 29));
        Assert.That(rows.Select(t => (t.Region, t.Indicator, t.Target, t.Actual, t.Completion, t.Light)),
            Is.EqualTo(new[] { ("东区", "实际到位资金(亿元)", 4m, 2m, (double?)0.5, "green") }));
        Assert.That(rows[0].Schedule, Is.EqualTo(60.0 / 366).Within(1e-15));
    }
}
