namespace Analytics.Core.Ingest.Spreadsheets;

/// <summary>
/// One row of a sheet. <see cref="Cells"/>[0] is column A; trailing empty cells may be left out, so
/// read through <see cref="this[int]"/>, which gives <see cref="Cell.Empty"/> past the end.
/// </summary>
/// <param name="Number">The row number as Excel shows it (1-based); for CSV the line's record number (1-based).</param>
public sealed record SheetRow(int Number, IReadOnlyList<Cell> Cells)
{
    public Cell this[int column] => column < Cells.Count ? Cells[column] : Cell.Empty;

    public bool IsBlank => Cells.All(c => c.IsEmpty);
}
