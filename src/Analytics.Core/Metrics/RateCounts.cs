namespace Analytics.Core.Metrics;

/// <summary>
/// The counts behind the rates of a <see cref="KpiReport"/>, so that a figure built from few projects can be
/// withheld: of the projects ≥ 1 亿元 signed in the period, those started and those in the statistics by the
/// as-of date (start rate and stats rate numerators), last year's, and the signed projects of 项目类型 工业.
/// </summary>
public sealed record RateCounts(long Started, long InStats, long PreviousStarted, long PreviousInStats, long Industrial);
