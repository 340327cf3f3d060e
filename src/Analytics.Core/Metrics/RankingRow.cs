namespace Analytics.Core.Metrics;

/// <summary>One member's place in a ranking; rank is null for a member without a value.</summary>
/// <param name="Projects">The projects behind <paramref name="Value"/> (public pages withhold a value built from fewer than 3); null only in a masked ranking.</param>
/// <param name="PreviousProjects">The projects behind <paramref name="PreviousValue"/>; null where last year has no row.</param>
public sealed record RankingRow(long? Rank, string Member, double? Value, double? PreviousValue, long? PreviousRank, long? RankChange, long? Projects, long? PreviousProjects);
