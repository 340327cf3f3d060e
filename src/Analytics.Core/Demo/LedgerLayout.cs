namespace Analytics.Core.Demo;

/// <summary>How a ledger is laid out in a file: its file and sheet name, the title above the header, the header, column widths.</summary>
internal sealed record LedgerLayout(string FileName, string SheetName, string Title, IReadOnlyList<string> Headers, double[] ColumnWidths);
