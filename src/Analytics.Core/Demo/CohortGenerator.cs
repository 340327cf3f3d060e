namespace Analytics.Core.Demo;

/// <summary>Makes one cohort from its plan: dates per segment, fund sources, names and categories, ids in signing order, funds.</summary>
internal static class CohortGenerator
{
    // Shares of the bands from 1 亿元 up where a segment does not fix them (as in 1—11月 2021: 551, 62, 20, 7, 3 of 643).
    private static readonly double[] BandWeights = [551, 62, 20, 7, 3];

    /// <summary>The key of the random stream of the second edition's columns.</summary>
    private const long SecondEditionStream = 0x2ED1;

    private static readonly double[] OtherSourceWeights = DemoVocabulary.FundSourceWeights.Skip(1).ToArray();

    /// <summary>Generates the cohort of <paramref name="year"/> in copy <paramref name="copy"/> (0 is the calibrated scale-1 data).</summary>
    public static DemoCohort Generate(int seed, int year, int copy)
    {
        var plan = CohortPlans.For(year);
        var random = new DemoRandom(seed, year, copy);
        var sampler = new LifecycleSampler(random, year, plan.Reference);
        var projects = new List<DemoProject>(plan.Count);
        var boundary = new List<bool>(plan.Count);
        foreach (var segment in plan.Segments)
        {
            var bands = segment.Bands?.Expand() ?? DrawBands(random, segment);
            random.Shuffle(bands);
            var seen = new HashSet<InvestmentBand>();
            var i = 0;
            foreach (var (outcome, count) in segment.Outcomes)
            {
                for (var n = 0; n < count; n++, i++)
                {
                    var project = new DemoProject { Band = bands[i] };
                    sampler.Sample(project, segment, outcome);
                    projects.Add(project);
                    boundary.Add(segment.BoundaryAmounts && seen.Add(bands[i]));
                }
            }
        }

        var sources = FundSources(random, plan, projects);
        var decorator = new ProjectDecorator(random, year);
        for (var i = 0; i < projects.Count; i++)
        {
            decorator.Decorate(projects[i], sources[i], boundary[i]);
            projects[i].TieBreak = random.NextUInt64();
        }

        // The second edition's columns from a stream of their own: the first edition's draws stay as they were.
        var details = new ProjectDetailDecorator(new DemoRandom(seed, year, copy, SecondEditionStream));
        foreach (var project in projects)
        {
            details.Decorate(project);
        }

        projects.Sort(SigningOrder);
        for (var i = 0; i < projects.Count; i++)
        {
            projects[i].Id = $"JC{year}-{copy * plan.Count + i + 1:0000}";
            FundSchedule.Fill(random, projects[i], plan.FundScale);
        }

        FundSchedule.Calibrate(projects, plan.FundsJanuaryToNovember);

        return new DemoCohort(year, copy, projects);
    }

    private static List<InvestmentBand> DrawBands(DemoRandom random, CohortSegment segment)
    {
        var bands = new List<InvestmentBand>(segment.Count);
        for (var i = 0; i < segment.Count; i++)
        {
            bands.Add(segment.Small ? InvestmentBand.Under1 : InvestmentBand.From1 + random.PickWeighted(BandWeights));
        }

        return bands;
    }

    /// <summary>
    /// The fund source each project must have, or null where it is free: the plan fixes how many of the
    /// projects of at least 1 亿元 under construction at its reference date come from outside the province.
    /// </summary>
    private static string?[] FundSources(DemoRandom random, CohortPlan plan, List<DemoProject> projects)
    {
        var sources = new string?[projects.Count];
        if (plan is not { Reference: { } reference, OutsideProvinceUnderConstruction: { } quota })
        {
            return sources;
        }

        var building = Enumerable.Range(0, projects.Count)
            .Where(i => projects[i].AtLeastOneYi && projects[i].UnderConstructionAt(reference))
            .ToList();
        if (building.Count < quota)
        {
            throw new InvalidOperationException($"Cohort {plan.Year} has {building.Count} projects under construction, fewer than {quota}.");
        }

        random.Shuffle(building);
        for (var n = 0; n < building.Count; n++)
        {
            sources[building[n]] = n < quota
                ? DemoVocabulary.OutsideProvince
                : DemoVocabulary.FundSources[1 + random.PickWeighted(OtherSourceWeights)];
        }

        return sources;
    }

    private static int SigningOrder(DemoProject a, DemoProject b) => (a.SignedOn, b.SignedOn) switch
    {
        ({ } x, { } y) when x != y => x.CompareTo(y),
        (null, { }) => 1,
        ({ }, null) => -1,
        _ => a.TieBreak.CompareTo(b.TieBreak),
    };
}
