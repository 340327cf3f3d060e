namespace Analytics.Core.Ingest.Spreadsheets;

/// <summary>The format of a spreadsheet file, found from its content, not its name.</summary>
public enum SpreadsheetFormat
{
    Xlsx,
    Csv,
}
