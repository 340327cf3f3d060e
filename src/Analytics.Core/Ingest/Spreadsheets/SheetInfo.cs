namespace Analytics.Core.Ingest.Spreadsheets;

/// <summary>A sheet of a workbook (a CSV file has one, named after the file without extension).</summary>
/// <param name="Index">0-based position in the workbook.</param>
public sealed record SheetInfo(string Name, int Index, bool Hidden);
