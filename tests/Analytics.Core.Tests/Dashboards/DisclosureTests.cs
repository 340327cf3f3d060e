using System.Text.Json;
using Analytics.Core.Dashboards;
using Analytics.Core.Metrics;

namespace Analytics.Core.Tests.Dashboards;

/// <summary>The public disclosure rule on hand-made numbers: 2 projects are withheld, 3 are shown.</summary>
public sealed class DisclosureTests
{
    private static readonly string[] Bands = ["1", "10", "20", "50", "100"];

    /// <summary>A report whose signings are <paramref name="signed"/> now and <paramref name="previous"/> last year (every band alike), funds from the given projects.</summary>
    private static KpiReport Report(long signed, long previous, long funds = 10, long fundsBefore = 10, long started = 5, long fundsProjectsTarget = 10)
    {
        IReadOnlyDictionary<string, long> Same(long n) => Bands.ToDictionary(b => b, _ => n);
        var before = new StagePrevious(previous, previous * 2m, Same(previous));
        var stage = new StageFigures(signed, signed * 2m, Same(signed), before,
            new StagePrevious(signed - previous, (signed - previous) * 2m, Same(signed - previous)),
            new StageYoy(previous == 0 ? null : (signed - previous) / (double)previous, null, Bands.ToDictionary(b => b, _ => (double?)null)));
        return new KpiReport(new DateOnly(2021, 6, 30), new DateOnly(2021, 1, 1), "v1", "全市", stage, stage,
            new ProducingFigures(2, 40m, 3, 60m), new UnderConstructionFigures(3, 2, 0),
            new FundFigures(100m, 80m, 20m, 0.25, funds, fundsBefore),
            0.5, 0.25, 0.4, 0.2, 0.6,
            [new TargetFigure("东区", "实际到位资金(亿元)", 50m, 20m, 0.4, 0.5, "red", -0.1, fundsProjectsTarget)],
            new RateCounts(started, 2, 4, 4, 6));
    }

    [Test]
    public void Fewer_than_3_projects_are_hidden_and_3_are_shown()
    {
        Assert.That((Disclosure.Hidden(0), Disclosure.Hidden(1), Disclosure.Hidden(2), Disclosure.Hidden(3), Disclosure.Hidden(40)),
            Is.EqualTo((true, true, true, false, false)));
        Assert.That(Disclosure.Hidden(3, 2), Is.True, "a ratio with one side of 2 projects");
        Assert.That(Disclosure.Hidden(3, 3), Is.False);
    }

    [Test]
    public void A_count_of_2_and_its_amount_are_withheld_but_a_count_of_3_is_shown()
    {
        var two = Disclosure.Mask(Report(signed: 2, previous: 3));
        Assert.That((two.Signed.Count, two.Signed.Investment, two.Signed.AtLeast["1"]), Is.EqualTo(((long?)null, (decimal?)null, (long?)null)));
        Assert.That((two.Signed.Previous.Count, two.Signed.Previous.Investment), Is.EqualTo(((long?)3, (decimal?)6m)));

        var three = Disclosure.Mask(Report(signed: 3, previous: 3));
        Assert.That((three.Signed.Count, three.Signed.Investment, three.Signed.AtLeast["100"]), Is.EqualTo(((long?)3, (decimal?)6m, (long?)3)));
    }

    [Test]
    public void A_difference_and_a_yoy_are_withheld_when_either_year_has_fewer_than_3()
    {
        var masked = Disclosure.Mask(Report(signed: 10, previous: 2));
        Assert.That((masked.Signed.Difference.Count, masked.Signed.Yoy.Count), Is.EqualTo(((long?)null, (double?)null)));
        Assert.That(masked.Signed.Count, Is.EqualTo(10));

        var shown = Disclosure.Mask(Report(signed: 10, previous: 3));
        Assert.That((shown.Signed.Difference.Count, shown.Signed.Yoy.Count), Is.EqualTo(((long?)7, (double?)(7 / 3.0))));
    }

    [Test]
    public void Funds_from_2_projects_are_withheld_with_their_difference_and_yoy()
    {
        var masked = Disclosure.Mask(Report(10, 10, funds: 2, fundsBefore: 3));
        Assert.That(masked.Funds, Is.EqualTo(new DisclosedFunds(null, 80m, null, null, null, 3)));
        Assert.That(masked.Suppressed, Is.SupersetOf(new[] { "funds.inPlace", "funds.difference", "funds.yoy", "funds.projects" }));

        Assert.That(Disclosure.Mask(Report(10, 10, funds: 3, fundsBefore: 3)).Funds, Is.EqualTo(new DisclosedFunds(100m, 80m, 20m, 0.25, 3, 3)));
    }

    [Test]
    public void A_rate_is_withheld_when_its_numerator_counts_fewer_than_3()
    {
        // 5 of 10 started: shown; 2 in statistics: withheld. Last year 4 of 3 signed (the bands of the hand report): shown.
        var masked = Disclosure.Mask(Report(10, 3, started: 5));
        Assert.That((masked.StartRate, masked.StatsRate, masked.StartRatePrevious), Is.EqualTo(((double?)0.5, (double?)null, (double?)0.4)));
        Assert.That(Disclosure.Mask(Report(10, 3, started: 2)).StartRate, Is.Null);
    }

    [Test]
    public void Small_counts_of_production_and_construction_are_withheld()
    {
        var masked = Disclosure.Mask(Report(10, 10));
        // Producing 2 (40 亿元) now, 3 (60 亿元) last year; under construction 3, from outside the province 2, last year 0.
        Assert.That(masked.Producing, Is.EqualTo(new DisclosedProducing(null, null, 3, 60m)));
        Assert.That(masked.UnderConstruction, Is.EqualTo(new DisclosedUnderConstruction(3, null, null)));
    }

    [Test]
    public void A_target_keeps_its_plan_but_loses_actual_completion_gap_and_light_below_3_projects()
    {
        Assert.That(Disclosure.Mask(Report(10, 10, fundsProjectsTarget: 2)).Targets.Single(),
            Is.EqualTo(new DisclosedTarget("东区", "实际到位资金(亿元)", 50m, null, null, 0.5, null, null)));
        Assert.That(Disclosure.Mask(Report(10, 10, fundsProjectsTarget: 3)).Targets.Single(),
            Is.EqualTo(new DisclosedTarget("东区", "实际到位资金(亿元)", 50m, 20m, 0.4, 0.5, "red", -0.1)));
    }

    [Test]
    public void Open_shows_every_figure_in_the_same_shape()
    {
        var open = Disclosure.Open(Report(signed: 2, previous: 0, funds: 1));
        Assert.That((open.Signed.Count, open.Funds.InPlace, open.Producing.Count, open.Suppressed.Count), Is.EqualTo(((long?)2, (decimal?)100m, (long?)2, 0)));
    }

    [Test]
    public void A_ranking_row_from_2_projects_loses_value_rank_and_change_but_keeps_its_name()
    {
        RankingRow[] rows =
        [
            new(1, "东区", 12.5, 10, 2, 1, 3, 3),
            new(2, "西区", 9, 11, 1, -1, 2, 3),
            new(3, "南区", 4, 1, 3, 0, 5, 2),
        ];
        Assert.That(Disclosure.Mask(rows), Is.EqualTo(new RankingRow[]
        {
            new(1, "东区", 12.5, 10, 2, 1, 3, 3),
            new(null, "西区", null, 11, 1, null, null, 3),
            new(3, "南区", 4, null, null, null, 5, null),
        }));
    }

    [Test]
    public void A_masked_report_serializes_withheld_figures_as_null_and_lists_their_paths()
    {
        var json = JsonSerializer.Serialize(Disclosure.Mask(Report(10, 10, funds: 2, fundsBefore: 3)), new JsonSerializerOptions(JsonSerializerDefaults.Web));

        Assert.That(json, Does.Contain("\"funds\":{\"inPlace\":null,\"previous\":80,\"difference\":null,\"yoy\":null,\"projects\":null,\"previousProjects\":3}"));
        Assert.That(json, Does.Contain("\"suppressed\":[").And.Contain("\"funds.inPlace\"").And.Contain("\"producing.count\""));
    }
}
