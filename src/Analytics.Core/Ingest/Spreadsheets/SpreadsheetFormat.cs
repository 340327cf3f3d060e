namespace Analytics.Core.Ingest.Spreadsheets;

/// <summary>The format of a spreadsheet file, found from its content, not its name.</summary>
public enum SpreadsheetFormat
{
    Xlsx,
    Csv,
    /// <summary>Legacy Excel 97–2003 (BIFF8).</summary>
    Xls,
}
