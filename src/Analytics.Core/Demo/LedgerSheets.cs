using Analytics.Core.Ingest.Spreadsheets;

namespace Analytics.Core.Demo;

/// <summary>
/// Writes a ledger's rows into a workbook under a merged title row and the header, going on in a new
/// sheet with the same title and header (名称(2), 名称(3)…) when a sheet is full.
/// </summary>
/// <param name="rowsPerSheet">The most rows a sheet takes, title and header included (Excel's limit unless a test wants fewer).</param>
internal sealed class LedgerSheets(XlsxWriter workbook, LedgerLayout layout, int rowsPerSheet = XlsxWriter.MaxRows)
{
    private XlsxSheetWriter? _sheet;
    private int _sheets;

    public void Write(params ReadOnlySpan<object?> cells)
    {
        if (_sheet is null || _sheet.RowCount >= rowsPerSheet)
        {
            Start();
        }

        _sheet!.WriteRow(cells);
    }

    /// <summary>Makes sure the ledger has a sheet with its title and header even without rows.</summary>
    public void EnsureSheet()
    {
        if (_sheet is null)
        {
            Start();
        }
    }

    private void Start()
    {
        _sheets++;
        _sheet = workbook.AddSheet(_sheets == 1 ? layout.SheetName : $"{layout.SheetName}({_sheets})");
        _sheet.SetColumnWidths(layout.ColumnWidths);
        _sheet.WriteHeaderRow(layout.Title);
        _sheet.MergeCells($"A1:{XlsxSheetWriter.ColumnName(layout.Headers.Count - 1)}1");
        var header = new object?[layout.Headers.Count];
        for (var i = 0; i < header.Length; i++)
        {
            header[i] = layout.Headers[i];
        }

        _sheet.WriteHeaderRow(header);
    }
}
