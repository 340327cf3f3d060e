namespace Analytics.Core.Dashboards.Blocks.Charts;

/// <summary>A named row of values, one per category, with the projects behind each (null: not built from projects, e.g. activities).</summary>
internal sealed record DataSeries(string Name, IReadOnlyList<decimal?> Values, IReadOnlyList<long?> Projects);
