using Analytics.Core.Demo;
using Analytics.Core.Metrics;

namespace Analytics.Core.Tests.Metrics;

/// <summary>
/// The worked example of domain.md, number for number, read through <see cref="MetricsReader"/> from the demo ledgers
/// imported with the SQL models: 1—11月 2021 of the demo city.
/// </summary>
public sealed class DemoWorkedExampleTests
{
    private static readonly DateOnly AsOf = new(2021, 11, 30);

    private ImportedVersion version = null!;
    private KpiReport report = null!;

    [OneTimeSetUp]
    public void ImportDemo()
    {
        var ledgers = DemoData.Generate(new DemoOptions { Today = AsOf });
        version = ImportedVersion.Create(directory => DemoLedgerFiles.WriteCsv(ledgers, directory), AsOf);
        report = version.Reader.Kpis(AsOf);
    }

    [OneTimeTearDown]
    public void Remove() => version.Dispose();

    [Test]
    public void Signed_at_least_1_yi_are_643_up_233()
    {
        Assert.That(report.Signed.AtLeast["1"], Is.EqualTo(643));
        Assert.That(report.Signed.Difference.AtLeast["1"], Is.EqualTo(233));
        Assert.That(report.Signed.Previous.AtLeast["1"], Is.EqualTo(410));
    }

    [Test]
    public void Signed_at_least_10_20_and_50_yi_are_92_30_and_10()
    {
        Assert.That((report.Signed.AtLeast["10"], report.Signed.AtLeast["20"], report.Signed.AtLeast["50"]), Is.EqualTo((92L, 30L, 10L)));
    }

    [Test]
    public void Started_at_least_1_yi_are_586_up_158()
    {
        Assert.That(report.Started.AtLeast["1"], Is.EqualTo(586));
        Assert.That(report.Started.Difference.AtLeast["1"], Is.EqualTo(158));
    }

    [Test]
    public void Started_at_least_10_20_and_50_yi_are_46_20_and_3()
    {
        Assert.That((report.Started.AtLeast["10"], report.Started.AtLeast["20"], report.Started.AtLeast["50"]), Is.EqualTo((46L, 20L, 3L)));
    }

    [Test]
    public void Under_construction_from_outside_the_province_are_754()
    {
        Assert.That(report.UnderConstruction.AtLeast1OutsideProvince, Is.EqualTo(754));
    }

    [Test]
    public void Funds_in_place_are_1447_yi_up_14_4_percent()
    {
        Assert.That(report.Funds.InPlace, Is.EqualTo(1447m));
        Assert.That(report.Funds.Previous, Is.EqualTo(1264.9m));
        Assert.That(Math.Round(report.Funds.Yoy!.Value, 3), Is.EqualTo(0.144));
    }

    [Test]
    public void Start_rate_is_53_3_and_stats_rate_37_3_percent()
    {
        Assert.That(Math.Round(report.StartRate!.Value * 100, 1), Is.EqualTo(53.3));
        Assert.That(Math.Round(report.StatsRate!.Value * 100, 1), Is.EqualTo(37.3));
    }

    [Test]
    public void Every_model_reads_at_the_worked_example_date()
    {
        // Each mart answers at the date; the city funnel starts from the 643 projects of ≥ 1 亿元 signed in 1—11月, the
        // population of the start and stats rates, so its shares are those rates (53.3 %, 37.3 %).
        foreach (var model in new[] { "kpis", "target_progress", "funnel", "monthly", "activity_counts", "investor_shares", "rankings" })
            Assert.That(version.Rows(model, AsOf), Is.Not.Empty, model);
        var city = version.Rows("funnel", AsOf).Single(r => (string)r["dimension"]! == "all");
        Assert.That(Cells.Long(city["signed"]), Is.EqualTo(report.Signed.AtLeast["1"]));
        Assert.That(Cells.Double(city["started_rate"]), Is.EqualTo(report.StartRate!.Value).Within(1e-12));
        Assert.That(Cells.Double(city["in_stats_rate"]), Is.EqualTo(report.StatsRate!.Value).Within(1e-12));
    }
}
