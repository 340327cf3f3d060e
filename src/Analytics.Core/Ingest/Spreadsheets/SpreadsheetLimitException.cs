namespace Analytics.Core.Ingest.Spreadsheets;

/// <summary>Thrown inside the readers when a limit of <see cref="SpreadsheetLimits"/> is passed; turned into a located <see cref="SpreadsheetException"/> where the place is known.</summary>
internal sealed class SpreadsheetLimitException(string messageZh, string messageEn) : Exception(messageEn)
{
    public string MessageZh { get; } = messageZh;

    public string MessageEn { get; } = messageEn;

    /// <summary>The 0-based column of the cell that passed the limit, when it was a cell.</summary>
    public int? Column { get; init; }

    public static SpreadsheetLimitException CellTooLong(int column) =>
        new($"单元格内容超过 {SpreadsheetLimits.MaxCellLength:N0} 个字符", $"the cell holds more than {SpreadsheetLimits.MaxCellLength:N0} characters") { Column = column };

    public static SpreadsheetLimitException TooManySharedStrings() =>
        new($"共享字符串表超过上限（{SpreadsheetLimits.MaxSharedStrings:N0} 个字符串）",
            $"the shared strings table holds more than {SpreadsheetLimits.MaxSharedStrings:N0} strings");

    public static SpreadsheetLimitException SharedStringsTooLong() =>
        new($"共享字符串表超过上限（共 {SpreadsheetLimits.MaxSharedStringChars:N0} 个字符）",
            $"the shared strings hold more than {SpreadsheetLimits.MaxSharedStringChars:N0} characters in all");

    public static SpreadsheetLimitException SharedStringTooLong(int index) =>
        new($"共享字符串表第 {index + 1:N0} 项超过 {SpreadsheetLimits.MaxCellLength:N0} 个字符",
            $"shared string {index + 1:N0} holds more than {SpreadsheetLimits.MaxCellLength:N0} characters");

    public static SpreadsheetLimitException PartTooLarge(string part, long bytes, long limit) =>
        new($"压缩包内的 {part} 解压后为 {bytes:N0} 字节，超过上限 {limit:N0} 字节",
            $"the part {part} expands to {bytes:N0} bytes, more than the limit of {limit:N0}");
}
