namespace Analytics.Core.Demo;

/// <summary>What to generate: the seed, how many times the scale-1 data set is repeated, and the day the ledgers are as of.</summary>
public sealed record DemoOptions
{
    /// <summary>The seed; the same options give the same records and the same file bytes.</summary>
    public int Seed { get; init; } = 2021;

    /// <summary>How many copies of the scale-1 data set to generate (projects and funds multiply, at least 1).</summary>
    public int Scale { get; init; } = 1;

    /// <summary>
    /// The day the ledgers are as of: nothing after it is recorded (no later dates, no later months of funds),
    /// and the ledgers cover 2019 to its year. At scale 1, from 2021-11-30 on, the 1—11月 2021 figures of
    /// the domain's worked example hold exactly.
    /// </summary>
    public required DateOnly Today { get; init; }
}
