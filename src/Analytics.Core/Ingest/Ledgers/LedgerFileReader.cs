using Analytics.Core.Ingest.Spreadsheets;

namespace Analytics.Core.Ingest.Ledgers;

/// <summary>
/// Reads one ledger file: finds the ledger in every visible sheet, maps its columns, and yields the
/// rows that are valid on their own; every problem goes to the <see cref="ProblemLog"/>.
/// Streams: rows are never all held in memory.
/// </summary>
public sealed class LedgerFileReader(string path, string displayName, ProblemLog problems, LedgerKind? kind = null)
{
    /// <summary>Rows read per ledger kind (valid or not), filled while reading.</summary>
    public Dictionary<LedgerKind, long> RowCounts { get; } = [];

    /// <summary>The kinds found in the file, in sheet order.</summary>
    public List<LedgerKind> Kinds { get; } = [];

    /// <summary>Called now and then with the number of rows read so far.</summary>
    public Action<long>? Progress { get; init; }

    private long rowsRead;

    /// <summary>The header row of the sheet being read, once found: errors about one cell name its column as written there.</summary>
    private SheetRow? headerRow;

    /// <summary>The error that stopped the sheet being read, reported by <see cref="ReportFailure"/>.</summary>
    private SpreadsheetException? failure;

    public IEnumerable<LedgerRow> Read()
    {
        SpreadsheetFile file;
        try
        {
            file = SpreadsheetFile.Open(path);
        }
        catch (SpreadsheetException e)
        {
            problems.Add(new LedgerProblem(ProblemSeverity.Error, displayName, e.Sheet, e.Row, null, e.MessageZh, e.MessageEn));
            yield break;
        }
        using (file)
        {
            var found = false;
            foreach (var sheet in file.Sheets)
            {
                headerRow = null;
                var rows = ReadSheet(file, sheet);
                using var enumerator = rows.GetEnumerator();
                var head = new List<SheetRow>();
                while (head.Count < HeaderMatch.SearchDepth && Next(enumerator, sheet, out var row)) head.Add(row!);
                if (head.Count == 0)
                {
                    ReportFailure(sheet);
                    continue;
                }
                var header = HeaderMatch.Find(head, kind);
                if (header is null || sheet.Hidden) ReportFailure(sheet);
                if (header is null) continue;
                if (sheet.Hidden)
                {
                    problems.Add(new LedgerProblem(ProblemSeverity.Warning, displayName, sheet.Name, null, null,
                        "隐藏的工作表未导入", "a hidden sheet was not imported"));
                    continue;
                }
                found = true;
                headerRow = head.First(r => r.Number == header.RowNumber);
                ReportFailure(sheet);
                if (!Kinds.Contains(header.Schema.Kind)) Kinds.Add(header.Schema.Kind);
                if (!CheckColumns(sheet, header)) continue;
                var parser = new LedgerRowParser(header, displayName, sheet.Name, problems, problems.Checks);
                foreach (var row in head.Where(r => r.Number > header.RowNumber))
                    if (Parse(parser, row) is { } parsed) yield return parsed;
                while (Next(enumerator, sheet, out var row))
                    if (Parse(parser, row!) is { } parsed) yield return parsed;
                ReportFailure(sheet);
            }
            if (!found && !problems.Listed.Any(p => p.File == displayName && p.Severity == ProblemSeverity.Error))
            {
                problems.Add(new LedgerProblem(ProblemSeverity.Error, displayName, null, null, null,
                    "无法识别台账类型：没有找到项目台账、资金到位台账、目标任务或招商活动台账的表头",
                    "unknown ledger kind: no header of a projects, funds, targets or activities ledger was found",
                    null, "表头含「项目名称」「协议总投资(亿元)」等列（见台账格式说明），或用 --kind 指定",
                    "a header row with columns such as 项目名称 and 协议总投资(亿元) (see the ledger format), or --kind"));
            }
        }
    }

    private IEnumerable<SheetRow> ReadSheet(SpreadsheetFile file, SheetInfo sheet) => file.ReadRows(sheet);

    private bool Next(IEnumerator<SheetRow> rows, SheetInfo sheet, out SheetRow? row)
    {
        row = null;
        try
        {
            if (!rows.MoveNext()) return false;
            row = rows.Current;
            return true;
        }
        catch (SpreadsheetException e)
        {
            failure = e;
            return false;
        }
    }

    /// <summary>
    /// Reports the error that stopped the reading of a sheet, once the header is known where it can
    /// be, so that an error about one cell names its column as the header writes it.
    /// </summary>
    private void ReportFailure(SheetInfo sheet)
    {
        if (failure is not { } e) return;
        failure = null;
        var column = e.Column is { } at ? ColumnName(at) : null;
        problems.Add(new LedgerProblem(ProblemSeverity.Error, displayName, e.Sheet ?? sheet.Name, e.Row, column, e.MessageZh, e.MessageEn));
    }

    /// <summary>A column as the user wrote its header, or its letter (A, B, …, AA) where there is no header text.</summary>
    private string ColumnName(int column)
    {
        var text = headerRow?[column].Text.Trim();
        return string.IsNullOrEmpty(text) ? $"{Letters(column)}列" : text;
    }

    /// <summary>A 0-based column as Excel letters: A, B, …, Z, AA.</summary>
    private static string Letters(int column)
    {
        var letters = "";
        for (var n = column + 1; n > 0; n = (n - 1) / 26) letters = (char)('A' + (n - 1) % 26) + letters;
        return letters;
    }

    private LedgerRow? Parse(LedgerRowParser parser, SheetRow row)
    {
        if (++rowsRead % 65536 == 0) Progress?.Invoke(rowsRead);
        if (IsBlank(row)) return null;
        var parsed = parser.Parse(row);
        if (parsed is not null || parser.LastRowCounted)
            RowCounts[parser.Kind] = RowCounts.GetValueOrDefault(parser.Kind) + 1;
        return parsed;
    }

    /// <summary>As <see cref="SheetRow.IsBlank"/>, without an enumerator and a delegate call per cell, on every row of the file.</summary>
    private static bool IsBlank(SheetRow row)
    {
        var cells = row.Cells;
        for (var i = 0; i < cells.Count; i++)
            if (!cells[i].IsEmpty) return false;
        return true;
    }

    private bool CheckColumns(SheetInfo sheet, HeaderMatch header)
    {
        var complete = true;
        foreach (var (index, first, second) in header.Duplicates)
        {
            complete = false;
            var column = header.Schema.Columns[index];
            string a = ColumnName(first), b = ColumnName(second);
            problems.Add(new LedgerProblem(ProblemSeverity.Error, displayName, sheet.Name, header.RowNumber, column.DisplayHeader,
                $"表头「{a}」（{Letters(first)}列）与「{b}」（{Letters(second)}列）都是「{column.DisplayHeader}」，无法确定用哪一列",
                $"the headers {a} (column {Letters(first)}) and {b} (column {Letters(second)}) both name {column.DisplayHeader}; which one to read is ambiguous",
                null, "只保留其中一列，或改名另一列", "keep one of them, or rename the other"));
        }
        for (var i = 0; i < header.Schema.Columns.Count; i++)
        {
            var column = header.Schema.Columns[i];
            if (!column.Required || header.Positions[i] >= 0) continue;
            complete = false;
            problems.Add(new LedgerProblem(ProblemSeverity.Error, displayName, sheet.Name, header.RowNumber, column.DisplayHeader,
                $"缺少必填列「{column.DisplayHeader}」", $"the required column {column.DisplayHeader} is missing",
                null, $"表头中有「{string.Join("」或「", column.Names)}」", $"a header named {string.Join(" or ", column.Names)}"));
        }
        for (var i = 0; i < header.Schema.Columns.Count; i++)
        {
            var column = header.Schema.Columns[i];
            if (header.Positions[i] < 0 || header.Units[i] is null) continue;
            var (zh, en) = column.Type switch
            {
                ColumnValueType.Amount when header.Units[i] is not ("亿元" or "万元") => ("亿元或万元", "亿元 or 万元"),
                ColumnValueType.Dollars when header.Units[i] != "万美元" => ("万美元", "万美元 (ten thousand US dollars)"),
                _ => ((string?)null, (string?)null),
            };
            if (zh is null) continue;
            complete = false;
            problems.Add(new LedgerProblem(ProblemSeverity.Error, displayName, sheet.Name, header.RowNumber, column.Header,
                "无法识别的金额单位", "unknown unit of amount", header.Units[i], zh, en));
        }
        return complete;
    }
}
