namespace Analytics.Core.Demo;

/// <summary>
/// Generates the ledgers of 江城市, a fictional city with seven regions, from 2019 to the options' date:
/// deterministic for a seed, and at scale 1 calibrated on the domain's worked example (1—11月 2021).
/// </summary>
public static class DemoData
{
    /// <summary>The earliest <see cref="DemoOptions.Today"/> accepted (the ledgers start in 2019).</summary>
    public static readonly DateOnly EarliestToday = new(DemoVocabulary.FirstYear, 1, 1);

    public static DemoLedgers Generate(DemoOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Scale, 1, nameof(options.Scale));
        if (options.Today < EarliestToday || options.Today.Year > 2100)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Today, "Today must fall between 2019-01-01 and 2100-12-31.");
        }

        var firstCopy = Enumerable.Range(DemoVocabulary.FirstYear, options.Today.Year - DemoVocabulary.FirstYear + 1)
            .Select(year => CohortGenerator.Generate(options.Seed, year, 0))
            .ToList();
        var activities = ActivityGenerator.Generate(options.Seed, options.Today);
        var targets = TargetPlanner.Plan(options, firstCopy, activities);
        return new DemoLedgers(options, targets, activities, DemoRanks.For(options.Today));
    }
}
