namespace Analytics.Core.Demo;

/// <summary>
/// The plan of each year's cohort. 2019–2021 are calibrated so that, as of 2021-11-30, the whole city
/// shows the figures of the domain's worked example; later years follow the same shape without constraints.
/// </summary>
/// <remarks>
/// Where the worked example's figures come from (D = 2021-11-30, ≥ 1 亿元 unless said):
/// signed 1—11月 2021 = 21a + 21b + 21c = 240 + 103 + 300 = 643 (≥10: 22 + 8 + 62 = 92; ≥20: 8 + 2 + 20 = 30; ≥50: 2 + 0 + 8 = 10);
/// started by D among them 343 (21a + 21b), in statistics by D 240 (21a);
/// signed 1—11月 2020 = 20a + leap + 20b1 + 20c1 + 20d1 = 228 + 2 + 12 + 150 + 18 = 410;
/// started 1—11月 2021 = 343 + 20c (200) + 19d (43) = 586 (≥10: 30 + 13 + 3 = 46; ≥20: 10 + 8 + 2 = 20; ≥50: 2 + 1 + 0 = 3);
/// started 1—11月 2020 = 20a + leap + 19b = 228 + 2 + 198 = 428;
/// under construction at D: 274 + 385 + 343 projects, of which 206 + 290 + 258 = 754 from outside the province;
/// funds 1—11月 2021 = 287.8 + 600.3 + 558.9 = 1447.0 and 1—11月 2020 = 859.0 + 405.9 = 1264.9 (+14.4 %),
/// split between cohorts in proportion to the funds they bring before calibration.
/// </remarks>
internal static class CohortPlans
{
    private static readonly DateOnly Reference = new(2021, 11, 30);
    private static readonly DateOnly PreviousReference = new(2020, 11, 30);
    private static readonly StartRule LateStart = StartRule.Within(new(2021, 12, 1), new(2023, 6, 30));

    public static CohortPlan For(int year) => year switch
    {
        2019 => Cohort2019(),
        2020 => Cohort2020(),
        2021 => Cohort2021(),
        _ => Later(year),
    };

    private static CohortPlan Cohort2019()
    {
        var year = Year(2019);
        return new CohortPlan
        {
            Year = 2019,
            Reference = Reference,
            OutsideProvinceUnderConstruction = 206,
            FundsJanuaryToNovember = new Dictionary<int, decimal> { [2020] = 859.0m, [2021] = 287.8m },
            Segments =
            [
                // 19a–19c: started in 2019, in 1—11月 2020, in December 2020; 19d: started in 1—11月 2021.
                Started(year, year, (Outcome.ProducedByReference, 80), (Outcome.TerminatedByReference, 3), (Outcome.Ongoing, 67)),
                Started(year, (new(2020, 1, 1), PreviousReference), (Outcome.ProducedByReference, 40), (Outcome.TerminatedByReference, 2), (Outcome.Ongoing, 156)),
                Started(year, (new(2020, 12, 1), new(2020, 12, 31)), (Outcome.ProducedByReference, 2), (Outcome.Ongoing, 8)),
                Started(year, (new(2021, 1, 1), Reference), (Outcome.Ongoing, 43)) with { Bands = new BandMix(40, From10: 1, From20: 2) },
                // 19e: never started; then projects under 1 亿元 and talks.
                Signed(year, StartRule.Lag, (Outcome.TerminatedUnstarted, 8), (Outcome.SignedOnly, 4)),
                Signed(year, StartRule.Lag, (Outcome.Evolving, 48), (Outcome.SignedOnly, 6), (Outcome.TerminatedUnstarted, 6)) with { Small = true },
                Talks((Outcome.TalksTerminated, 4), (Outcome.Talks, 2)),
            ],
        };
    }

    private static CohortPlan Cohort2020()
    {
        var year = Year(2020);
        var january = (new DateOnly(2020, 1, 1), PreviousReference);
        var december = (new DateOnly(2020, 12, 1), new DateOnly(2020, 12, 31));
        var leapDay = new DateOnly(2020, 2, 29);
        var startedThisYear = (new DateOnly(2021, 1, 1), Reference);
        return new CohortPlan
        {
            Year = 2020,
            Reference = Reference,
            OutsideProvinceUnderConstruction = 290,
            FundsJanuaryToNovember = new Dictionary<int, decimal> { [2020] = 405.9m, [2021] = 600.3m },
            Segments =
            [
                // 20a and leap: signed and started in 1—11月 2020, two of them signed on 29 February.
                Started(january, january, (Outcome.ProducedByReference, 54), (Outcome.TerminatedByReference, 3), (Outcome.Ongoing, 171)),
                Started((leapDay, leapDay), january, (Outcome.ProducedByReference, 1), (Outcome.Ongoing, 1)),
                // 20b1, 20b2: started in December 2020.
                Started(january, december, (Outcome.ProducedByReference, 3), (Outcome.Ongoing, 9)),
                Started(december, december, (Outcome.ProducedByReference, 2), (Outcome.Ongoing, 6)),
                // 20c1, 20c2: started in 1—11月 2021.
                Started(january, startedThisYear, (Outcome.TerminatedByReference, 2), (Outcome.Ongoing, 148))
                    with { Bands = new BandMix(140, From10: 4, From20: 5, From50: 1) },
                Started(december, startedThisYear, (Outcome.Ongoing, 50)) with { Bands = new BandMix(47, From10: 1, From20: 2) },
                // 20d1, 20d2: not started by D; then projects under 1 亿元 and talks.
                Signed(january, LateStart, (Outcome.TerminatedUnstarted, 8), (Outcome.SignedOnly, 2), (Outcome.Evolving, 8)),
                Signed(december, LateStart, (Outcome.Evolving, 2)),
                Signed(year, StartRule.Lag, (Outcome.Evolving, 56), (Outcome.SignedOnly, 7), (Outcome.TerminatedUnstarted, 7)) with { Small = true },
                Talks((Outcome.Talks, 8), (Outcome.TalksTerminated, 6)),
            ],
        };
    }

    private static CohortPlan Cohort2021()
    {
        var january = (new DateOnly(2021, 1, 1), Reference);
        return new CohortPlan
        {
            Year = 2021,
            Reference = Reference,
            OutsideProvinceUnderConstruction = 258,
            FundsJanuaryToNovember = new Dictionary<int, decimal> { [2021] = 558.9m },
            Segments =
            [
                // 21a: started and in statistics by D; 21b: started, not in statistics by D; 21c: not started by D.
                Started(january, january, (Outcome.Ongoing, 240)) with
                {
                    Bands = new BandMix(218, From10: 14, From20: 6, From50: 1, From100: 1),
                    Stats = StatsRule.ByReference,
                    BoundaryAmounts = true,
                },
                Started(january, january, (Outcome.Ongoing, 103)) with
                {
                    Bands = new BandMix(95, From10: 6, From20: 2),
                    Stats = StatsRule.AfterReference,
                },
                Signed(january, LateStart, (Outcome.Evolving, 250), (Outcome.SignedOnly, 35), (Outcome.TerminatedUnstarted, 15))
                    with { Bands = new BandMix(238, From10: 42, From20: 12, From50: 6, From100: 2) },
                // Signed in December 2021; then projects under 1 亿元 and talks.
                Signed((new(2021, 12, 1), new(2021, 12, 31)), StartRule.Lag, (Outcome.Evolving, 55), (Outcome.SignedOnly, 6), (Outcome.TerminatedUnstarted, 4)),
                Signed(Year(2021), StartRule.Lag, (Outcome.Evolving, 72), (Outcome.SignedOnly, 9), (Outcome.TerminatedUnstarted, 9))
                    with { Small = true, BoundaryAmounts = true },
                Talks((Outcome.Talks, 50), (Outcome.TalksTerminated, 5)),
            ],
        };
    }

    private static CohortPlan Later(int year)
    {
        // A few percent more projects each year, by fixed counts so that every copy has the same size.
        var growth = 1 + 0.04 * (year - 2022);
        int N(int count) => (int)Math.Round(count * growth);
        return new CohortPlan
        {
            Year = year,
            FundScale = 0.6,
            Segments =
            [
                Signed(Year(year), StartRule.Lag, (Outcome.Evolving, N(560)), (Outcome.SignedOnly, N(45)), (Outcome.TerminatedUnstarted, N(25))),
                Signed(Year(year), StartRule.Lag, (Outcome.Evolving, N(70)), (Outcome.SignedOnly, N(8)), (Outcome.TerminatedUnstarted, N(7))) with { Small = true },
                Talks((Outcome.Talks, N(45)), (Outcome.TalksTerminated, N(5))),
            ],
        };
    }

    private static (DateOnly, DateOnly) Year(int year) => (new(year, 1, 1), new(year, 12, 31));

    private static CohortSegment Started((DateOnly From, DateOnly To) signed, (DateOnly From, DateOnly To) started, params (Outcome, int)[] outcomes) =>
        Signed(signed, StartRule.Within(started.From, started.To), outcomes);

    private static CohortSegment Signed((DateOnly From, DateOnly To) signed, StartRule start, params (Outcome, int)[] outcomes) =>
        new() { SignFrom = signed.From, SignTo = signed.To, Start = start, Outcomes = outcomes };

    private static CohortSegment Talks(params (Outcome, int)[] outcomes) => new() { Outcomes = outcomes };
}
