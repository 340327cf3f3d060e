namespace Analytics.Core.Ingest.Ledgers;

/// <summary>
/// One problem found in a ledger: where (file › sheet › row › column) and what, in Chinese and in
/// English, with what was found and what was expected.
/// </summary>
public sealed record LedgerProblem(
    ProblemSeverity Severity,
    string File,
    string? Sheet,
    int? Row,
    string? Column,
    string WhatZh,
    string WhatEn,
    string? Found = null,
    string? ExpectedZh = null,
    string? ExpectedEn = null)
{
    /// <summary>The location, e.g. <c>项目台账.xlsx › 2021 › 第12行 › 签约日期</c>.</summary>
    public string WhereZh => Join(File, Sheet, Row is { } r ? $"第{r}行" : null, Column);

    public string WhereEn => Join(File, Sheet, Row is { } r ? $"row {r}" : null, Column);

    /// <summary>The Chinese line: one line, whatever the file name or the value holds.</summary>
    public string LineZh =>
        $"{(Severity == ProblemSeverity.Error ? "错误" : "警告")}：{WhereZh}：{WhatZh}{(Found is null ? "" : $"，发现「{OneLine(Found)}」")}{(ExpectedZh is null ? "" : $"，应为{ExpectedZh}")}";

    /// <summary>The English line: one line, whatever the file name or the value holds.</summary>
    public string LineEn =>
        $"{(Severity == ProblemSeverity.Error ? "error" : "warning")}: {WhereEn}: {WhatEn}{(Found is null ? "" : $"; found \"{OneLine(Found)}\"")}{(ExpectedEn is null ? "" : $"; expected {ExpectedEn}")}";

    public override string ToString() => LineZh + Environment.NewLine + LineEn;

    private static string Join(params string?[] parts) => string.Join(" › ", parts.Where(p => !string.IsNullOrEmpty(p)).Select(p => OneLine(p!)));

    /// <summary>Control characters (line breaks, tabs…) written as escapes such as <c>\n</c>, so that one problem stays one line.</summary>
    private static string OneLine(string text)
    {
        if (!text.Any(char.IsControl)) return text;
        return string.Concat(text.Select(c => c switch
        {
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            _ when char.IsControl(c) => $"\\u{(int)c:X4}",
            _ => c.ToString(),
        }));
    }
}
