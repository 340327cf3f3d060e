namespace Analytics.Core.Dashboards.Suppression;

/// <summary>
/// One published date's cells: per family, the projects behind each cell and whether the public may see it, and per
/// cell the projects with funds in each month of the year (the changes of 实际到位资金 between two dates).
/// </summary>
internal sealed class CellTable(DateOnly asOf, CellIndex index)
{
    public DateOnly AsOf => asOf;

    public CellIndex Index => index;

    public Dictionary<string, long[]> Counts { get; } = CellFamily.All.ToDictionary(f => f.Name, _ => new long[index.Count], StringComparer.Ordinal);

    public Dictionary<string, bool[]> Hidden { get; } = CellFamily.All.ToDictionary(f => f.Name, _ => new bool[index.Count], StringComparer.Ordinal);

    /// <summary>Per cell, the projects with funds in month 1…12 of the date's year (index 0 unused).</summary>
    public long[][] FundMonths { get; } = Enumerable.Range(0, index.Count).Select(_ => new long[13]).ToArray();

    public bool IsHidden(string family, int cell) => Hidden[family][cell];

    public long Projects(string family, int cell) => Counts[family][cell];
}
