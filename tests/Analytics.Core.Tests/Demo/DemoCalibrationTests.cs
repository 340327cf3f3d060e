using Analytics.Core.Demo;

namespace Analytics.Core.Tests.Demo;

/// <summary>
/// The worked example of domain.md (1—11月 2021) holds exactly at scale 1, whatever the seed and however
/// late the ledgers' date.
/// </summary>
[TestFixture(2021, "2021-11-30")]
[TestFixture(2021, "2025-06-30")]
[TestFixture(7, "2021-11-30")]
public sealed class DemoCalibrationTests(int seed, string today)
{
    private static readonly DateOnly AsOf = new(2021, 11, 30);
    private static readonly DateOnly LastYear = new(2020, 11, 30);

    private LedgerMetrics _metrics = null!;

    [OneTimeSetUp]
    public void Generate()
    {
        var ledgers = DemoData.Generate(new DemoOptions { Seed = seed, Today = DateOnly.Parse(today) });
        _metrics = new LedgerMetrics(ledgers.Projects.ToList(), ledgers.Funds.ToList());
    }

    [Test]
    public void Same_period_last_year_ends_on_the_same_day()
    {
        Assert.That(LedgerMetrics.SameDayLastYear(AsOf), Is.EqualTo(LastYear));
        Assert.That(LedgerMetrics.SameDayLastYear(new DateOnly(2020, 2, 29)), Is.EqualTo(new DateOnly(2019, 2, 28)));
    }

    [Test]
    public void Signed_projects_of_at_least_1_yi_are_643_against_410()
    {
        Assert.That(_metrics.Signed(AsOf), Is.EqualTo(643));
        Assert.That(_metrics.Signed(LastYear), Is.EqualTo(410));
        Assert.That(_metrics.Signed(AsOf) - _metrics.Signed(LastYear), Is.EqualTo(233));
    }

    [Test]
    public void Signed_projects_by_band_are_92_30_and_10()
    {
        Assert.That(_metrics.Signed(AsOf, 10), Is.EqualTo(92));
        Assert.That(_metrics.Signed(AsOf, 20), Is.EqualTo(30));
        Assert.That(_metrics.Signed(AsOf, 50), Is.EqualTo(10));
    }

    [Test]
    public void Started_projects_of_at_least_1_yi_are_586_against_428()
    {
        Assert.That(_metrics.Started(AsOf), Is.EqualTo(586));
        Assert.That(_metrics.Started(LastYear), Is.EqualTo(428));
        Assert.That(_metrics.Started(AsOf) - _metrics.Started(LastYear), Is.EqualTo(158));
    }

    [Test]
    public void Started_projects_by_band_are_46_20_and_3()
    {
        Assert.That(_metrics.Started(AsOf, 10), Is.EqualTo(46));
        Assert.That(_metrics.Started(AsOf, 20), Is.EqualTo(20));
        Assert.That(_metrics.Started(AsOf, 50), Is.EqualTo(3));
    }

    [Test]
    public void Projects_from_outside_the_province_under_construction_are_754()
    {
        Assert.That(_metrics.UnderConstruction(AsOf, 1, "省外资金"), Is.EqualTo(754));
    }

    [Test]
    public void Funds_in_place_are_1447_yi_up_14_point_4_percent()
    {
        var current = _metrics.FundsInPlace(AsOf);
        var previous = _metrics.FundsInPlace(LastYear);

        Assert.That(current, Is.EqualTo(1447.0m));
        Assert.That(previous, Is.EqualTo(1264.9m));
        Assert.That(LedgerMetrics.Percent(current - previous, previous), Is.EqualTo(14.4m));
    }

    [Test]
    public void Start_rate_is_53_point_3_and_stats_rate_37_point_3_percent()
    {
        Assert.That(_metrics.SignedAndStarted(AsOf), Is.EqualTo(343));
        Assert.That(_metrics.SignedAndInStats(AsOf), Is.EqualTo(240));
        Assert.That(LedgerMetrics.Percent(343, 643), Is.EqualTo(53.3m));
        Assert.That(LedgerMetrics.Percent(240, 643), Is.EqualTo(37.3m));
    }
}
