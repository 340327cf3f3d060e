namespace Analytics.Core.Dashboards;

/// <summary>Projects ≥ 1 亿元 under construction, as disclosed: null where fewer than 3.</summary>
public sealed record DisclosedUnderConstruction(long? AtLeast1, long? AtLeast1OutsideProvince, long? PreviousAtLeast1);
