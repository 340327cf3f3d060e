namespace Analytics.Core.Dashboards;

/// <summary>
/// A target's progress as disclosed. The target itself is a plan, always shown; where the actual is built from fewer
/// than 3 projects, it and what is derived from it (completion, gap, light) are null.
/// </summary>
public sealed record DisclosedTarget(string Region, string Indicator, decimal Target, decimal? Actual, double? Completion, double Schedule, string? Light, double? Gap);
