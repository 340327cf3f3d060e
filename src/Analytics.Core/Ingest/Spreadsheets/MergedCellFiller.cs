namespace Analytics.Core.Ingest.Spreadsheets;

/// <summary>
/// Gives every cell of a merged range the value of its top-left cell as rows stream past in order.
/// Holds only the ranges that cover the current row, each with the value taken from its first row.
/// </summary>
internal sealed class MergedCellFiller
{
    private readonly MergedRange[] ranges;
    private readonly List<(MergedRange Range, Cell Value)> active = [];
    private int next;

    public MergedCellFiller(MergedRange[] ranges)
    {
        this.ranges = ranges;
        Array.Sort(this.ranges, (a, b) => a.FirstRow.CompareTo(b.FirstRow));
    }

    /// <summary>Fills the cells of row <paramref name="row"/> (numbers must not decrease from call to call).</summary>
    public void Apply(int row, List<Cell> cells)
    {
        if (active.Count == 0 && (next == ranges.Length || ranges[next].FirstRow > row)) return;

        for (var i = active.Count - 1; i >= 0; i--)
            if (active[i].Range.LastRow < row) active.RemoveAt(i);
        for (; next < ranges.Length && ranges[next].FirstRow <= row; next++)
        {
            var range = ranges[next];
            if (range.LastRow < row) continue;
            // A range whose first row never appeared in the file has nothing to spread.
            var value = range.FirstRow == row && range.FirstColumn < cells.Count ? cells[range.FirstColumn] : Cell.Empty;
            active.Add((range, value));
        }

        foreach (var (range, value) in active)
        {
            if (value.Kind == CellKind.Empty) continue;
            while (cells.Count <= range.LastColumn) cells.Add(Cell.Empty);
            for (var column = range.FirstColumn; column <= range.LastColumn; column++)
                cells[column] = value;
        }
    }
}
