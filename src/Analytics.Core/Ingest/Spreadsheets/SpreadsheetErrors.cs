namespace Analytics.Core.Ingest.Spreadsheets;

/// <summary>The reasons a file cannot be read, worded once for every reader (Chinese for users, English for logs).</summary>
internal static class SpreadsheetErrors
{
    public static SpreadsheetException Empty(string file) =>
        new(file, null, null, "文件为空", "the file is empty");

    public static SpreadsheetException NotSpreadsheet(string file) =>
        new(file, null, null, "不是电子表格文件", "not a spreadsheet (xlsx or CSV)");

    public static SpreadsheetException UnsupportedEncoding(string file, string encoding) =>
        new(file, null, null, $"文本编码为 {encoding}{(encoding.StartsWith("UTF-16") ? "，且没有 BOM" : "")}，无法读取，请另存为 UTF-8 CSV",
            $"the text is {encoding}{(encoding.StartsWith("UTF-16") ? " without a byte order mark" : "")}, which is not read: save it again as UTF-8 CSV");

    public static SpreadsheetException NulByte(string file, string sheet, int row, int column) =>
        new(file, sheet, row, "单元格中含 NUL 字符（0x00），文件可能已损坏或不是文本", "the cell holds a NUL character (0x00): the file may be damaged or not text") { Column = column };

    public static SpreadsheetException Dtd(string file, string? sheet) =>
        new(file, sheet, null, "文件含 DTD（文档类型声明），出于安全原因不予读取，请在 Excel 中另存为 .xlsx",
            "the file holds a DTD (document type declaration), which is not read for safety: save it again as .xlsx from Excel");

    public static SpreadsheetException Encrypted(string file) =>
        new(file, null, null, "文件已加密，请取消密码后另存为 .xlsx",
            "the workbook is encrypted: remove the password and save it again as .xlsx");

    public static SpreadsheetException CorruptXls(string file) =>
        new(file, null, null, "旧版 .xls 文件已损坏或不完整，请用 Excel 或 WPS 打开后另存为 .xlsx",
            "the legacy .xls file is truncated or corrupt: open it in Excel or WPS and save it again as .xlsx");

    public static SpreadsheetException PastRowLimit(string file, string sheet, int row) =>
        new(file, sheet, row, $"行号超出 Excel 的上限（{CellReference.MaxRows:N0} 行）",
            $"the row is past Excel's limit of {CellReference.MaxRows:N0} rows");

    public static SpreadsheetException Corrupt(string file, string? sheet = null, int? row = null) =>
        new(file, sheet, row, "文件已损坏或不完整", "the file is truncated or corrupt");

    public static SpreadsheetException Utf8InGb18030(string file, string sheet, int row) =>
        new(file, sheet, row, "文件编码不一致：全文是 GB18030（GBK）编码，此行却是 UTF-8 编码，请整体另存为 UTF-8 CSV",
            "mixed text encodings: the file is GB18030 (GBK) but this row is UTF-8; save it again as UTF-8 CSV");

    public static SpreadsheetException MixedEncoding(string file, string sheet, int row) =>
        new(file, sheet, row, "文件编码不一致：此行起不是 UTF-8 编码，请整体另存为 UTF-8 CSV",
            "mixed text encodings: the file starts as UTF-8 but this row is not UTF-8; save it again as UTF-8 CSV");

    public static SpreadsheetException TooManyColumns(string file, string sheet, int row, int columns) =>
        new(file, sheet, row, $"此行有 {columns:N0} 列，超过 Excel 的上限 {CellReference.MaxColumns:N0} 列",
            $"the row has {columns:N0} columns, more than Excel's limit of {CellReference.MaxColumns:N0}");

    public static SpreadsheetException FieldTooLong(string file, string sheet, int row) =>
        new(file, sheet, row, "单元格内容过长，可能缺少右引号",
            "a field is too long: a closing quote is probably missing");
}
