namespace Analytics.Charts.Specs;

/// <summary>One stage of a funnel and the count or amount that reached it.</summary>
public sealed record FunnelStage(string Name, decimal Value);
