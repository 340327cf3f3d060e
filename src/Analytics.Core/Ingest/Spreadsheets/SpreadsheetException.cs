namespace Analytics.Core.Ingest.Spreadsheets;

/// <summary>
/// A file that cannot be read as a spreadsheet (empty, not a spreadsheet, encrypted, legacy .xls,
/// truncated or corrupt), with where (file, and sheet and row where known) and what, in Chinese and English.
/// </summary>
public sealed class SpreadsheetException(string file, string? sheet, int? row, string messageZh, string messageEn)
    : Exception($"{file}{(sheet is null ? "" : " › " + sheet)}{(row is null ? "" : " › 第" + row + "行")}: {messageZh} / {messageEn}")
{
    public string File { get; } = file;

    public string? Sheet { get; } = sheet;

    public int? Row { get; } = row;

    public string MessageZh { get; } = messageZh;

    public string MessageEn { get; } = messageEn;

    /// <summary>The 0-based column of the cell at fault, when the problem is one cell.</summary>
    public int? Column { get; init; }
}
