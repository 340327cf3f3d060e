namespace Analytics.Core.Demo;

/// <summary>
/// A group of projects of a cohort with the same constraints: signing window, start rule, investment
/// bands and exact numbers per outcome. Exact counts are what make the calibrated figures hold.
/// </summary>
internal sealed record CohortSegment
{
    /// <summary>Exact numbers of projects per outcome; their sum is the segment's size.</summary>
    public required IReadOnlyList<(Outcome Outcome, int Count)> Outcomes { get; init; }

    /// <summary>Exact bands (in total equal to the segment's size), or null to draw them.</summary>
    public BandMix? Bands { get; init; }

    /// <summary>When <see cref="Bands"/> is null: draw bands under 1 亿元 instead of at least 1 亿元.</summary>
    public bool Small { get; init; }

    /// <summary>First and last possible signing day; ignored for projects in talks.</summary>
    public DateOnly SignFrom { get; init; }

    public DateOnly SignTo { get; init; }

    public StartRule Start { get; init; } = StartRule.Lag;

    public StatsRule Stats { get; init; } = StatsRule.Free;

    /// <summary>Gives the first project of each band exactly the band's lower bound (1, 10, 20, 50, 100 亿元; 0.9999 under 1).</summary>
    public bool BoundaryAmounts { get; init; }

    public int Count => Outcomes.Sum(o => o.Count);
}
