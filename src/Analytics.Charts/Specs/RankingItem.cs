namespace Analytics.Charts.Specs;

/// <summary>One ranked member and its value in the spec's unit.</summary>
public sealed record RankingItem(string Name, decimal Value);
