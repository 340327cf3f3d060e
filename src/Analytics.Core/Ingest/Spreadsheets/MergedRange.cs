namespace Analytics.Core.Ingest.Spreadsheets;

/// <summary>A merged block of cells: rows 1-based, columns 0-based, both ends included.</summary>
internal readonly record struct MergedRange(int FirstRow, int FirstColumn, int LastRow, int LastColumn);
