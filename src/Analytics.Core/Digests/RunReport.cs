namespace Analytics.Core.Digests;

/// <summary>What one scheduled run of a digest did: its plan, the fire and as-of date sent (if any) and the batch's outcome.</summary>
public sealed record RunReport(CatchUpPlan Plan, DateTimeOffset? Fire, DateOnly? AsOf, BatchResult? Result);
