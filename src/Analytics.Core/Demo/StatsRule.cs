namespace Analytics.Core.Demo;

/// <summary>Whether a segment's started projects enter the statistics (入统) by the plan's reference date.</summary>
internal enum StatsRule
{
    /// <summary>Most do, a few weeks to months after starting, with no reference constraint.</summary>
    Free,

    /// <summary>Every one is in the statistics by the reference date.</summary>
    ByReference,

    /// <summary>None is by the reference date; some enter after it.</summary>
    AfterReference,
}
