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

    /// <summary>The planned targets; counts scale with <see cref="DemoOptions.Scale"/> as the copies do.</summary>
    public static IReadOnlyList<TargetRecord> Plan(DemoOptions options, IReadOnlyList<DemoCohort> firstCopy)
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
