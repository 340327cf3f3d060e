namespace Analytics.Core.Dashboards;

/// <summary>实际到位资金 (亿元) as disclosed: null where built from fewer than 3 projects (either year's, for the difference and YoY).</summary>
public sealed record DisclosedFunds(decimal? InPlace, decimal? Previous, decimal? Difference, double? Yoy, long? Projects, long? PreviousProjects);
