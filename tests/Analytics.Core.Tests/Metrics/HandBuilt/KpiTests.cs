using Analytics.Core.Metrics;

namespace Analytics.Core.Tests.Metrics.HandBuilt;

/// <summary>The headline figures of <see cref="HandLedger"/> for the whole city as of 2021-06-30, computed by hand.</summary>
public sealed class KpiTests
{
    private KpiReport report = null!;

    [OneTimeSetUp]
    public void Read() => report = HandLedgerSetup.Version.Reader.Kpis(HandLedger.AsOf);

    [Test]
    public void Period_runs_from_1_January_to_the_as_of_date()
    {
        Assert.That(report.AsOf, Is.EqualTo(new DateOnly(2021, 6, 30)));
        Assert.That(report.PeriodStart, Is.EqualTo(new DateOnly(2021, 1, 1)));
        Assert.That(report.Region, Is.EqualTo("全市"));
        Assert.That(report.DataVersion, Is.EqualTo(HandLedgerSetup.Version.Store.CurrentId));
    }

    [Test]
    public void Signed_counts_8_projects_of_266_5_yi_including_the_terminated_one_and_both_boundary_days()
    {
        // Signed 2021-01-01…06-30: P08 (01-01), P01, P02, P16, P05, P04, P06 (terminated later), P03 (06-30) = 8;
        // not P07 (07-01), P09 (2020-12-31), P13 (no dates). 50+60+25+1+20+0.5+100+10 = 266.5.
        Assert.That(report.Signed.Count, Is.EqualTo(8));
        Assert.That(report.Signed.Investment, Is.EqualTo(266.5m));
        // ≥1: all but P04 (0.5) = 7, P16 at exactly 1 counts; ≥10: 60, 25, 10, 20, 100, 50 = 6; ≥20: 5; ≥50: 60, 100, 50 = 3; ≥100: 1.
        Assert.That(report.Signed.AtLeast, Is.EqualTo(new Dictionary<string, long> { ["1"] = 7, ["10"] = 6, ["20"] = 5, ["50"] = 3, ["100"] = 1 }));
    }

    [Test]
    public void Signed_last_year_counts_5_projects_including_29_February_and_30_June()
    {
        // 2020-01-01…06-30: P14 (01-01, 2), P10 (02-29, 10), P11 (03-15, 30), P17 (05-05, 0.99), P12 (06-30, 5) = 47.99;
        // not P15 (2020-07-01). ≥1: 4; ≥10: P10, P11 = 2; ≥20: P11 = 1.
        Assert.That(report.Signed.Previous.Count, Is.EqualTo(5));
        Assert.That(report.Signed.Previous.Investment, Is.EqualTo(47.99m));
        Assert.That(report.Signed.Previous.AtLeast, Is.EqualTo(new Dictionary<string, long> { ["1"] = 4, ["10"] = 2, ["20"] = 1, ["50"] = 0, ["100"] = 0 }));
    }

    [Test]
    public void Signed_difference_and_yoy_have_no_ratio_where_last_year_is_0()
    {
        Assert.That(report.Signed.Difference.Count, Is.EqualTo(3));
        Assert.That(report.Signed.Difference.Investment, Is.EqualTo(218.51m));
        Assert.That(report.Signed.Difference.AtLeast, Is.EqualTo(new Dictionary<string, long> { ["1"] = 3, ["10"] = 4, ["20"] = 4, ["50"] = 3, ["100"] = 1 }));
        // count (8 − 5) / 5 = 0.6; ≥1 3/4; ≥10 4/2; ≥20 4/1; ≥50 and ≥100 had 0 last year: no ratio.
        Assert.That(report.Signed.Yoy.Count, Is.EqualTo(0.6).Within(1e-12));
        Assert.That(report.Signed.Yoy.Investment, Is.EqualTo(218.51 / 47.99).Within(1e-12));
        Assert.That(report.Signed.Yoy.AtLeast["1"], Is.EqualTo(0.75).Within(1e-12));
        Assert.That(report.Signed.Yoy.AtLeast["10"], Is.EqualTo(2.0).Within(1e-12));
        Assert.That(report.Signed.Yoy.AtLeast["20"], Is.EqualTo(4.0).Within(1e-12));
        Assert.That(report.Signed.Yoy.AtLeast["50"], Is.Null);
        Assert.That(report.Signed.Yoy.AtLeast["100"], Is.Null);
    }

    [Test]
    public void Started_counts_the_terminated_project_where_it_started()
    {
        // Started 2021-01-01…06-30: P09 (01-10, 9.99), P08 (02-01, 50), P01 (03-01, 60), P05 (04-04, 20), P04 (05-01, 0.5),
        // P06 (06-01, 100, terminated), P02 (06-30, 25) = 7, 265.49 亿元; ≥1: 6; ≥10: 50, 60, 20, 100, 25 = 5; ≥20: 5; ≥50: 3; ≥100: 1.
        Assert.That(report.Started.Count, Is.EqualTo(7));
        Assert.That(report.Started.Investment, Is.EqualTo(265.49m));
        Assert.That(report.Started.AtLeast, Is.EqualTo(new Dictionary<string, long> { ["1"] = 6, ["10"] = 5, ["20"] = 5, ["50"] = 3, ["100"] = 1 }));
        // Last year: P14 (02-01, 2), P11 (05-01, 30), P17 (06-01, 0.99), P10 (06-30, 10) = 4, 42.99; ≥1: 3; ≥10: 2; ≥20: 1.
        Assert.That(report.Started.Previous.Count, Is.EqualTo(4));
        Assert.That(report.Started.Previous.Investment, Is.EqualTo(42.99m));
        Assert.That(report.Started.Previous.AtLeast, Is.EqualTo(new Dictionary<string, long> { ["1"] = 3, ["10"] = 2, ["20"] = 1, ["50"] = 0, ["100"] = 0 }));
        Assert.That(report.Started.Yoy.AtLeast["1"], Is.EqualTo(1.0).Within(1e-12));
    }

    [Test]
    public void Producing_counts_2_projects_against_1()
    {
        // P10 (2021-03-01, 10) and P05 (2021-06-01, 20); last year P14 (2020-06-30, 2).
        Assert.That(report.Producing, Is.EqualTo(new ProducingFigures(2, 30m, 1, 2m)));
    }

    [Test]
    public void Under_construction_leaves_out_the_terminated_the_producing_and_those_below_1_yi()
    {
        // Started by 06-30, not producing by then, not terminated, ≥ 1 亿元: P01, P02 (started that day), P08, P09, P11, P12, P15 = 7;
        // not P04 (0.5), P05 and P10 (producing), P06 (terminated), P14 (producing), P17 (0.99).
        // 省外资金 among them: P01, P02, P11 = 3. At 2020-06-30: P10 (started that day), P11 = 2; P14 produced that day.
        Assert.That(report.UnderConstruction, Is.EqualTo(new UnderConstructionFigures(7, 3, 2)));
    }

    [Test]
    public void Funds_count_January_to_the_as_of_month_46_99_yi_against_10()
    {
        // 18.1 (东区) + 14.45 (西区) + 14.44 (南区) = 46.99; July's 100 is left out. Last year 2 + 3 + 5 = 10. 36.99 / 10 = 3.699.
        Assert.That(report.Funds.InPlace, Is.EqualTo(46.99m));
        Assert.That(report.Funds.Previous, Is.EqualTo(10m));
        Assert.That(report.Funds.Difference, Is.EqualTo(36.99m));
        Assert.That(report.Funds.Yoy, Is.EqualTo(3.699).Within(1e-12));
    }

    [Test]
    public void Funds_count_each_project_with_funds_once_6_this_year_and_3_last_year()
    {
        // 2021-01…06: P01 (January and June, once), P02, P05, P06, P08, P10 = 6. 2020-01…06: P14, P11, P17 = 3.
        Assert.That((report.Funds.Projects, report.Funds.PreviousProjects), Is.EqualTo((6L, 3L)));
    }

    [Test]
    public void Rate_counts_hold_the_numerators_of_the_start_stats_and_industrial_rates()
    {
        // Of the 7 signed ≥1: started 5, in statistics 2; last year's 4: started 3, in statistics 0; 工业 among the 8 signed: 5.
        Assert.That(report.RateCounts, Is.EqualTo(new RateCounts(5, 2, 3, 0, 5)));
    }

    [Test]
    public void Start_and_stats_rates_are_shares_of_the_period_signings_of_at_least_1_yi()
    {
        // Signed ≥1: P01, P02, P03, P05, P06, P08, P16 = 7. Started by 06-30: P01, P02, P05, P06, P08 = 5 → 5/7.
        // In statistics by 06-30: P01, P05 = 2 → 2/7.
        Assert.That(report.StartRate, Is.EqualTo(5.0 / 7).Within(1e-12));
        Assert.That(report.StatsRate, Is.EqualTo(2.0 / 7).Within(1e-12));
        // Last year: P10, P11, P12, P14; started by 2020-06-30: P10, P11, P14 = 3/4; in statistics: none.
        Assert.That(report.StartRatePrevious, Is.EqualTo(0.75).Within(1e-12));
        Assert.That(report.StatsRatePrevious, Is.EqualTo(0.0));
    }

    [Test]
    public void Industrial_share_is_5_of_8_signings()
    {
        // 工业 among the 8 signed: P01, P02, P04, P05, P08; 服务业: P03, P06, P16.
        Assert.That(report.IndustrialShare, Is.EqualTo(0.625).Within(1e-12));
    }

    [Test]
    public void A_region_with_no_projects_in_the_period_has_zeros_and_no_rates()
    {
        var north = HandLedgerSetup.Version.Reader.Kpis(HandLedger.AsOf, "北区");

        Assert.That(north.Region, Is.EqualTo("北区"));
        Assert.That(north.Signed.Count, Is.EqualTo(0));
        Assert.That(north.Signed.Investment, Is.EqualTo(0m));
        // Last year P11 (30) and P12 (5).
        Assert.That(north.Signed.Previous.Count, Is.EqualTo(2));
        Assert.That(north.Signed.Previous.Investment, Is.EqualTo(35m));
        Assert.That(north.Signed.Yoy.Count, Is.EqualTo(-1.0).Within(1e-12));
        Assert.That(north.Started.Count, Is.EqualTo(0));
        Assert.That(north.Started.Previous.Count, Is.EqualTo(1));
        // P11 and P12 are still under construction; P11 is 省外资金. At 2020-06-30 only P11 had started.
        Assert.That(north.UnderConstruction, Is.EqualTo(new UnderConstructionFigures(2, 1, 1)));
        Assert.That(north.Funds, Is.EqualTo(new FundFigures(0m, 5m, -5m, -1.0, 0, 1)));
        Assert.That(north.StartRate, Is.Null);
        Assert.That(north.StatsRate, Is.Null);
        Assert.That(north.IndustrialShare, Is.Null);
        Assert.That(north.Targets.Select(t => (t.Region, t.Indicator, t.Target, t.Completion, t.Light)),
            Is.EqualTo(new[] { ("北区", "新签约亿元以上项目数", 0m, (double?)null, "green") }));
    }

    [Test]
    public void A_region_reads_only_its_own_projects()
    {
        var east = HandLedgerSetup.Version.Reader.Kpis(HandLedger.AsOf, "东区");

        // 东区 signed P01, P02, P03, P04 = 95.5 亿元; ≥1: 3. Funds 18.1 against 2 (P14): (18.1 − 2) / 2 = 8.05.
        Assert.That(east.Signed.Count, Is.EqualTo(4));
        Assert.That(east.Signed.Investment, Is.EqualTo(95.5m));
        Assert.That(east.Signed.AtLeast["1"], Is.EqualTo(3));
        Assert.That((east.Funds.InPlace, east.Funds.Previous, east.Funds.Difference), Is.EqualTo((18.1m, 2m, 16.1m)));
        Assert.That(east.Funds.Yoy, Is.EqualTo(8.05).Within(1e-12));
        Assert.That(east.Targets.Select(t => t.Indicator), Is.EqualTo(new[] { "实际到位资金(亿元)", "签约总投资(亿元)" }));
    }

    [Test]
    public void A_project_without_any_dates_is_under_negotiation_and_counted_nowhere()
    {
        // P13 (东区, 3 亿元) has no dates: staged as 在谈; the whole year 2021 signs 9 (the 8 above and P07 on 07-01), not 10.
        var p13 = HandLedgerSetup.Version.Rows("stg_projects").Single(r => (string)r["project_id"]! == "P13");
        Assert.That((p13["status"], p13["is_terminated"]), Is.EqualTo(("在谈", false)));
        var year = HandLedgerSetup.Version.Reader.Kpis(new DateOnly(2021, 12, 31));
        Assert.That((year.Signed.Count, year.Started.Count, year.UnderConstruction.AtLeast1), Is.EqualTo((9L, 7L, 7L)));
    }

    [Test]
    public void An_unknown_region_is_refused_with_the_known_ones()
    {
        var error = Assert.Throws<MetricsException>(() => HandLedgerSetup.Version.Reader.Kpis(HandLedger.AsOf, "中区"));
        Assert.That(error!.Message, Does.Contain("中区").And.Contain("东区、西区、南区、北区"));
    }

    [Test]
    public void A_date_outside_the_years_of_the_data_is_refused()
    {
        // The data's dates run from 2020-01-01 to 2021-07-01: the years 2020 and 2021.
        Assert.Throws<MetricsException>(() => HandLedgerSetup.Version.Reader.Kpis(new DateOnly(2019, 12, 31)));
        Assert.Throws<MetricsException>(() => HandLedgerSetup.Version.Reader.Kpis(new DateOnly(2022, 1, 1)));
        Assert.That(HandLedgerSetup.Version.Reader.Kpis(new DateOnly(2021, 12, 31)).Signed.Count, Is.EqualTo(9));
    }
}
