namespace Analytics.Core.Dashboards;

/// <summary>Last year's figures of a stage, or the differences, as disclosed: null where withheld.</summary>
public sealed record DisclosedStageFigures(long? Count, decimal? Investment, IReadOnlyDictionary<string, long?> AtLeast);
