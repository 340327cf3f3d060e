using Analytics.Core.Ingest;

namespace Analytics.Core.Demo;

/// <summary>
/// Sets each year's targets per region so that, at 30 November of the year, each region's traffic light
/// comes out as planned: target = actual ÷ (schedule × factor), where a factor ≥ 1 gives green, 0.9 to 1
/// yellow, less red. 全市's target is the sum of the regions'.
/// </summary>
internal static class TargetPlanner
{
    /// <summary>2021's factors by region (rows, in region order) and indicator (columns, in indicator order).</summary>
    private static readonly double[][] Factors2021 =
    [
        [1.12, 1.06, 1.09, 1.05],
        [1.04, 0.95, 1.07, 1.10],
        [0.96, 1.08, 0.94, 1.03],
        [1.10, 1.05, 1.04, 0.95],
        [0.78, 0.94, 0.80, 0.96],
        [0.95, 0.76, 0.95, 0.82],
        [0.80, 0.96, 1.06, 0.77],
    ];

    /// <summary>The indicators only 全市 has a target for, and their 2021 factors (over target by November for most).</summary>
    private static readonly (string Indicator, double Factor2021)[] CityIndicators =
    [
        ("签约项目数", 1.15), ("重点产业项目签约数", 1.05), ("新开工项目数", 0.95), ("实际到位省外资金(亿元)", 1.08),
        ("完成固定资产投资(亿元)", 1.02), ("实际利用外资(万美元)", 0.85), ("外出招商次数", 1.20),
    ];

    /// <summary>Next year's goals: this year's pace over the whole year, raised by a tenth.</summary>
    private const decimal NextYearGrowth = 1.1m;

    /// <summary>The planned targets; counts scale with <see cref="DemoOptions.Scale"/> as the copies do.</summary>
    public static IReadOnlyList<TargetRecord> Plan(DemoOptions options, IReadOnlyList<DemoCohort> firstCopy, IReadOnlyList<ActivityRecord> activities)
    {
        var targets = HeadlineTargets(options, firstCopy);
        var random = new DemoRandom(options.Seed, 0x2ED2);
        for (var year = DemoVocabulary.FirstYear; year <= options.Today.Year + 1; year++)
        {
            var planned = Math.Min(year, options.Today.Year);
            var asOf = new DateOnly(planned, 11, 30);
            var schedule = (double)asOf.DayOfYear / (DateTime.IsLeapYear(planned) ? 366 : 365);
            var actuals = CityActuals(firstCopy, activities, asOf);
            for (var k = 0; k < CityIndicators.Length; k++)
            {
                var (indicator, factor2021) = CityIndicators[k];
                var target = year > options.Today.Year
                    ? NextYear(actuals[k], schedule)
                    : Target(actuals[k], schedule, year == 2021 ? factor2021 : DrawFactor(random));
                targets.Add(new TargetRecord(year, DemoVocabulary.WholeCity, indicator, target * options.Scale));
            }
        }

        // Next year's goals for the headline indicators, on the whole city's row.
        var thisYear = options.Today.Year;
        var reference = new DateOnly(thisYear, 11, 30);
        var thisSchedule = (double)reference.DayOfYear / (DateTime.IsLeapYear(thisYear) ? 366 : 365);
        var headline = Actuals(firstCopy, reference);
        for (var k = 0; k < 4; k++)
        {
            var city = 0m;
            for (var r = 0; r < DemoVocabulary.Regions.Count; r++)
            {
                city += headline[r, k];
            }

            targets.Add(new TargetRecord(thisYear + 1, DemoVocabulary.WholeCity, DemoVocabulary.Indicators[k], NextYear(city, thisSchedule) * options.Scale));
        }

        return targets;
    }

    /// <summary>A round goal above this year's pace.</summary>
    private static decimal NextYear(decimal actual, double schedule) =>
        Math.Max(1m, Math.Round(actual / (decimal)schedule * NextYearGrowth, MidpointRounding.AwayFromZero));

    /// <summary>The city's actuals of <see cref="CityIndicators"/> from 1 January to <paramref name="asOf"/> (funds: January to its month).</summary>
    private static decimal[] CityActuals(IReadOnlyList<DemoCohort> cohorts, IReadOnlyList<ActivityRecord> activities, DateOnly asOf)
    {
        var from = new DateOnly(asOf.Year, 1, 1);
        var lastMonth = new DateOnly(asOf.Year, asOf.Month, 1);
        var actuals = new decimal[CityIndicators.Length];
        foreach (var project in cohorts.SelectMany(c => c.Projects))
        {
            var signed = project.SignedOn >= from && project.SignedOn <= asOf;
            actuals[0] += signed ? 1 : 0;
            actuals[1] += signed && IsKeyIndustry(project) ? 1 : 0;
            actuals[2] += project.StartedOn >= from && project.StartedOn <= asOf ? 1 : 0;
            foreach (var (month, amount) in project.Funds.Where(f => f.Month >= from && f.Month <= lastMonth))
            {
                var record = FundDetails.Record(project, month, amount, asOf);
                actuals[3] += project.FundSource == DemoVocabulary.OutsideProvince ? amount : 0;
                actuals[4] += record.FixedAssetInvestment ?? 0;
                actuals[5] += record.ForeignCapitalUsed ?? 0;
            }
        }

        actuals[6] = activities.Where(a => a.Date >= from && a.Date <= asOf && a.ActivityType == "外出招商").Sum(a => a.Count);
        return actuals;
    }

    /// <summary>重点产业: a 战略性新兴产业 chain or one of the region's lead chains.</summary>
    private static bool IsKeyIndustry(DemoProject project)
    {
        if (DemoRegions.StrategicChains.Contains(project.IndustryChain))
        {
            return true;
        }

        var (a, b) = DemoVocabulary.LeadChains[RegionIndex(project.Region)];
        return project.IndustryChain == DemoVocabulary.IndustryChains[a] || project.IndustryChain == DemoVocabulary.IndustryChains[b];
    }

    private static List<TargetRecord> HeadlineTargets(DemoOptions options, IReadOnlyList<DemoCohort> firstCopy)
    {
        var targets = new List<TargetRecord>();
        var regions = DemoVocabulary.Regions;
        for (var year = DemoVocabulary.FirstYear; year <= options.Today.Year; year++)
        {
            var asOf = new DateOnly(year, 11, 30);
            var schedule = (double)asOf.DayOfYear / (DateTime.IsLeapYear(year) ? 366 : 365);
            var actuals = Actuals(firstCopy, asOf);
            var random = new DemoRandom(options.Seed, year, 7919);
            var byRegion = new decimal[regions.Count, 4];
            for (var r = 0; r < regions.Count; r++)
            {
                for (var k = 0; k < 4; k++)
                {
                    var factor = year == 2021 ? Factors2021[r][k] : DrawFactor(random);
                    byRegion[r, k] = Target(actuals[r, k], schedule, factor);
                }
            }

            for (var k = 0; k < 4; k++)
            {
                var city = 0m;
                for (var r = 0; r < regions.Count; r++)
                {
                    city += byRegion[r, k];
                }

                targets.Add(new TargetRecord(year, DemoVocabulary.WholeCity, DemoVocabulary.Indicators[k], city * options.Scale));
            }

            for (var r = 0; r < regions.Count; r++)
            {
                for (var k = 0; k < 4; k++)
                {
                    targets.Add(new TargetRecord(year, regions[r], DemoVocabulary.Indicators[k], byRegion[r, k] * options.Scale));
                }
            }
        }

        return targets;
    }

    /// <summary>Region × indicator actuals from 1 January to <paramref name="asOf"/> (funds: January to its month).</summary>
    private static decimal[,] Actuals(IReadOnlyList<DemoCohort> cohorts, DateOnly asOf)
    {
        var from = new DateOnly(asOf.Year, 1, 1);
        var lastMonth = new DateOnly(asOf.Year, asOf.Month, 1);
        var actuals = new decimal[DemoVocabulary.Regions.Count, 4];
        foreach (var project in cohorts.SelectMany(c => c.Projects))
        {
            var r = RegionIndex(project.Region);
            var signed = project.SignedOn >= from && project.SignedOn <= asOf;
            actuals[r, 0] += signed && project.AtLeastOneYi ? 1 : 0;
            actuals[r, 1] += project.StartedOn >= from && project.StartedOn <= asOf && project.AtLeastOneYi ? 1 : 0;
            actuals[r, 2] += project.Funds.Where(f => f.Month >= from && f.Month <= lastMonth).Sum(f => f.Amount);
            actuals[r, 3] += signed ? project.Investment : 0;
        }

        return actuals;
    }

    /// <summary>Half the regions ahead of schedule, a quarter just behind, a quarter well behind.</summary>
    private static double DrawFactor(DemoRandom random) => random.PickWeighted([2, 1, 1]) switch
    {
        0 => 1.03 + 0.12 * random.NextDouble(),
        1 => 0.93 + 0.04 * random.NextDouble(),
        _ => 0.70 + 0.15 * random.NextDouble(),
    };

    /// <summary>A round target (whole projects, whole 亿元) giving the factor's light.</summary>
    private static decimal Target(decimal actual, double schedule, double factor)
    {
        var wanted = Light(factor * schedule, schedule);
        var target = Math.Max(1m, Math.Round(actual / (decimal)(schedule * factor), MidpointRounding.AwayFromZero));
        // Rounding can cross a light's boundary for small numbers; step back into the planned light.
        for (var step = 0; step < 1000 && Light(Completion(actual, target), schedule) != wanted; step++)
        {
            target += Light(Completion(actual, target), schedule) > wanted ? 1 : -1;
            target = Math.Max(1m, target);
        }

        return target;
    }

    private static double Completion(decimal actual, decimal target) => (double)(actual / target);

    /// <summary>0 red, 1 yellow, 2 green, as domain.md defines the lights.</summary>
    private static int Light(double completion, double schedule) =>
        completion >= schedule ? 2 : completion >= schedule - 0.10 ? 1 : 0;

    private static int RegionIndex(string region)
    {
        for (var i = 0; i < DemoVocabulary.Regions.Count; i++)
        {
            if (DemoVocabulary.Regions[i] == region)
            {
                return i;
            }
        }

        throw new ArgumentException($"Unknown region '{region}'.", nameof(region));
    }
}
