namespace Analytics.Charts.Tables;

/// <summary>
/// A chart's data as rows of text, the same numbers the chart shows. A null cell has no value
/// (written "—" in HTML, empty in CSV).
/// </summary>
/// <param name="Caption">The chart's title.</param>
/// <param name="Headers">Column headers, units in full-width parentheses: "2021年（亿元）".</param>
/// <param name="Rows">Cells by row, each row as long as <paramref name="Headers"/>.</param>
public sealed record ChartTable(string Caption, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string?>> Rows);
