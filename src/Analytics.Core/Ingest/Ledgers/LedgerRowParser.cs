using Analytics.Core.Ingest.Spreadsheets;

namespace Analytics.Core.Ingest.Ledgers;

/// <summary>Turns the rows below a header into typed records, checking each row on its own.</summary>
internal sealed class LedgerRowParser(HeaderMatch header, string file, string sheet, ProblemLog problems, ImportChecks checks)
{
    /// <summary>Amounts are stored as decimal(20,6): 14 digits before the point.</summary>
    private const decimal MaxAmount = 100_000_000_000_000m;

    private SheetRow row = null!;
    private bool rowFailed;

    public LedgerKind Kind => header.Schema.Kind;

    /// <summary>False when the last row was skipped as a totals row.</summary>
    public bool LastRowCounted { get; private set; }

    public LedgerRow? Parse(SheetRow sheetRow)
    {
        row = sheetRow;
        rowFailed = false;
        LastRowCounted = true;
        if (IsTotalsRow())
        {
            LastRowCounted = false;
            return null;
        }
        object? record = Kind switch
        {
            LedgerKind.Projects => Project(),
            LedgerKind.Funds => Fund(),
            LedgerKind.Targets => Target(),
            _ => Activity(),
        };
        return rowFailed || record is null ? null : new LedgerRow(Kind, record, new SourceRef(file, sheet, row.Number));
    }

    private ProjectRecord? Project()
    {
        var id = RequiredText("project_id");
        var name = RequiredText("name");
        var investor = OptionalName("investor");
        var region = RequiredName("region");
        var chain = RequiredName("industry_chain");
        var source = RequiredName("fund_source");
        var investment = Amount("investment", required: true);
        if (region == LedgerSchema.WholeJurisdiction)
            Error("region", "项目台账的所属地区不能是「全市」", "a project's region cannot be 全市 (the whole city)", region, "项目所在的区县", "the district or county of the project");
        var signed = Date("signed_on");
        var started = Date("started_on");
        var producing = Date("producing_on");
        var inStats = Date("in_stats_on");
        var status = OptionalName("status");
        if (investment < 0) Error("investment", "协议总投资为负数", "negative investment", Show("investment"), "不小于 0 的金额", "an amount ≥ 0");
        if (signed is { } s && started is { } st && st < s)
            Error("started_on", "开工日期早于签约日期", "开工日期 (start) is before 签约日期 (signing)", $"{st:yyyy-MM-dd} < {s:yyyy-MM-dd}", "不早于签约日期", "on or after 签约日期");
        if (started is { } st2 && producing is { } p && p < st2)
            Error("producing_on", "投产日期早于开工日期", "投产日期 (production) is before 开工日期 (start)", $"{p:yyyy-MM-dd} < {st2:yyyy-MM-dd}", "不早于开工日期", "on or after 开工日期");
        if (producing is not null && started is null)
            Warning("producing_on", "有投产日期但没有开工日期", "a production date without a start date", $"{producing:yyyy-MM-dd}");
        if (status is not null && !LedgerSchema.Statuses.Contains(status))
            Error("status", "未知的项目状态", "unknown project status", status, string.Join("、", LedgerSchema.Statuses), string.Join(", ", LedgerSchema.Statuses));
        else if (status is not null) CheckStatus(status, signed, started, producing, inStats);
        if (rowFailed) return null;
        return new ProjectRecord(id!, name!, investor, region!, chain!, source!, investment!.Value, signed, started, producing, inStats,
            status, OptionalName("project_type"), OptionalName("investor_type"), OptionalName("method"));
    }

    private void CheckStatus(string status, DateOnly? signed, DateOnly? started, DateOnly? producing, DateOnly? inStats)
    {
        var (missing, columnId) = status switch
        {
            "已签约" when signed is null => ("签约日期", "signed_on"),
            "已开工" when started is null => ("开工日期", "started_on"),
            "已投产" when producing is null => ("投产日期", "producing_on"),
            "已入统" when inStats is null => ("入统日期", "in_stats_on"),
            _ => (null, null),
        };
        if (missing is not null)
            Warning("status", $"项目状态为「{status}」但没有{missing}", $"status {status} but no {missing}", status);
        else if (status == "在谈" && signed is not null)
            Warning("status", "项目状态为「在谈」但已有签约日期", "status 在谈 (negotiating) but a signing date is given", status);
    }

    private FundRecord? Fund()
    {
        var id = RequiredText("project_id");
        var month = Month("month");
        var amount = Amount("amount", required: true);
        if (amount < 0) Warning("amount", "到位资金为负数（按冲减处理）", "negative funds (taken as a correction)", Show("amount"));
        return rowFailed ? null : new FundRecord(id!, month!.Value, amount!.Value);
    }

    private TargetRecord? Target()
    {
        var year = Integer("year");
        var region = RequiredName("region");
        var indicator = RequiredText("indicator");
        var target = Amount("target", required: true);
        if (year is { } y && (y < 2000 || y > 2100))
            Error("year", "年度超出范围", "year out of range", y.ToString(), "2000 至 2100 之间的年份", "a year from 2000 to 2100");
        if (indicator is not null && !LedgerSchema.Indicators.Contains(HeaderText.Normalise(indicator)))
            Error("indicator", "未知的指标", "unknown indicator", indicator, string.Join("、", LedgerSchema.Indicators), string.Join(", ", LedgerSchema.Indicators));
        if (target < 0) Error("target", "目标值为负数", "negative target", Show("target"), "不小于 0 的数", "a number ≥ 0");
        return rowFailed ? null : new TargetRecord(year!.Value, region!, HeaderText.Normalise(indicator!), target!.Value);
    }

    private ActivityRecord? Activity()
    {
        var date = Date("date", required: true);
        var region = RequiredName("region");
        var type = RequiredName("activity_type");
        var count = Integer("count");
        if (type is not null && !LedgerSchema.ActivityTypes.Contains(type))
            Warning("activity_type", "不在常用活动类型中", "not one of the usual activity types", type);
        if (count < 0) Error("count", "次数为负数", "negative count", Show("count"), "不小于 0 的整数", "a whole number ≥ 0");
        return rowFailed ? null : new ActivityRecord(date!.Value, region!, type!, count!.Value, OptionalText("note"));
    }

    // The word 合计 may stand in any column, the key column included, when that one comes first.
    private bool IsTotalsRow()
    {
        var key = Cell(header.Schema.Columns[0].Id);
        if (!CellParsers.IsBlank(key) && !IsTotalsWord(key)) return false;
        return row.Cells.Any(IsTotalsWord);
    }

    private static bool IsTotalsWord(Cell cell) =>
        cell.Kind == CellKind.Text && HeaderText.Normalise(cell.Text) is "合计" or "总计" or "小计" or "总合计";

    private Cell Cell(string id) => header.Position(id) is var p and >= 0 ? row[p] : Spreadsheets.Cell.Empty;

    private string Show(string id) => CellParsers.Display(Cell(id));

    private string? OptionalText(string id) => CellParsers.Text(Cell(id));

    private string? RequiredText(string id)
    {
        var value = CellParsers.Text(Cell(id));
        if (value is null) MissingValue(id);
        return value;
    }

    private string? OptionalName(string id) => Fold(id, OptionalText(id));

    private string? RequiredName(string id) => Fold(id, RequiredText(id));

    /// <summary>A name folded as <see cref="HeaderText.Name"/> does, with a warning the first time each form needs it.</summary>
    private string? Fold(string id, string? raw)
    {
        if (raw is null) return null;
        var name = HeaderText.Name(raw);
        if (!ReferenceEquals(name, raw) && name != raw && checks.FirstFolding(raw))
            Warning(id, $"名称含全角字母或不可见字符，已统一为「{name}」（与写法相同的名称合并）",
                $"the name has full-width letters or invisible characters; taken as \"{name}\" (merged with the name written that way)",
                Visible(raw));
        return name;
    }

    /// <summary>The text with its invisible characters shown as <c>U+200B</c>, so a warning says what was there.</summary>
    private static string Visible(string text) =>
        string.Concat(text.Select(c => c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' or '\u180E' ? $"<U+{(int)c:X4}>" : c.ToString()));

    private decimal? Amount(string id, bool required)
    {
        var cell = Cell(id);
        if (CellParsers.IsBlank(cell))
        {
            if (required) MissingValue(id);
            return null;
        }
        if (CellParsers.TryNumber(cell, out var value))
        {
            var amount = value * header.Factors[header.IndexOf(id)];
            if (Math.Abs(amount) >= MaxAmount)
            {
                Error(id, "数字过大", "number too large", CellParsers.Display(cell), "绝对值小于 10^14 的数", "a number below 10^14 in absolute value");
                return null;
            }
            if (checks.AddAmount(Kind, id, amount)) return amount;
            Error(id, "金额累计过大：本次导入此列金额的绝对值合计超过 10^14 亿元，汇总时会溢出", "amounts too large in total: the absolute values of this column in the import add up to more than 10^14 亿元, which no sum can hold",
                CellParsers.Display(cell), "合计小于 10^14 亿元的金额", "amounts adding up to less than 10^14 亿元");
            return null;
        }
        Error(id, "无法识别的数字", "not a number", CellParsers.Display(cell), "数字，如 12.5 或 1,234.5", "a number such as 12.5 or 1,234.5");
        return null;
    }

    private int? Integer(string id)
    {
        var cell = Cell(id);
        if (CellParsers.IsBlank(cell))
        {
            MissingValue(id);
            return null;
        }
        if (CellParsers.TryInteger(cell, out var value)) return value;
        Error(id, "无法识别的整数", "not a whole number", CellParsers.Display(cell), "整数，如 3", "a whole number such as 3");
        return null;
    }

    private DateOnly? Date(string id, bool required = false)
    {
        var cell = Cell(id);
        if (CellParsers.IsBlank(cell))
        {
            if (required) MissingValue(id);
            return null;
        }
        if (CellParsers.TryDate(cell, out var value)) return value;
        Error(id, "无法识别的日期", "not a date", CellParsers.Display(cell), "日期，如 2021-03-05、2021/3/5、2021年3月5日", "a date such as 2021-03-05, 2021/3/5 or 2021年3月5日");
        return null;
    }

    private DateOnly? Month(string id)
    {
        var cell = Cell(id);
        if (CellParsers.IsBlank(cell))
        {
            MissingValue(id);
            return null;
        }
        if (CellParsers.TryMonth(cell, out var value)) return value;
        Error(id, "无法识别的月份", "not a month", CellParsers.Display(cell), "月份，如 2021-03 或 2021年3月", "a month such as 2021-03 or 2021年3月");
        return null;
    }

    private void MissingValue(string id)
    {
        var column = header.Schema[id];
        Error(id, $"缺少必填值「{column.Header}」", $"the required value {column.Header} is empty", null, "非空", "a value");
    }

    private void Error(string id, string zh, string en, string? found, string? expectedZh = null, string? expectedEn = null)
    {
        rowFailed = true;
        problems.Add(new LedgerProblem(ProblemSeverity.Error, file, sheet, row.Number, header.Schema[id].DisplayHeader, zh, en, found, expectedZh, expectedEn));
    }

    private void Warning(string id, string zh, string en, string? found) =>
        problems.Add(new LedgerProblem(ProblemSeverity.Warning, file, sheet, row.Number, header.Schema[id].DisplayHeader, zh, en, found));
}
