namespace Analytics.Core.Dashboards;

/// <summary>Projects into production in the period (and last year's), as disclosed: null where withheld.</summary>
public sealed record DisclosedProducing(long? Count, decimal? Investment, long? PreviousCount, decimal? PreviousInvestment);
