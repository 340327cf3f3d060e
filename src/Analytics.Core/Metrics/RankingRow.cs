namespace Analytics.Core.Metrics;

/// <summary>One member's place in a ranking; rank is null for a member without a value.</summary>
public sealed record RankingRow(long? Rank, string Member, double? Value, double? PreviousValue, long? PreviousRank, long? RankChange);
