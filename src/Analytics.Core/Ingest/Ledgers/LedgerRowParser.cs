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
            LedgerKind.Activities => Activity(),
            LedgerKind.Regions => Region(),
            _ => ExternalRank(),
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
        if (signed is { } future && future > checks.Today)
            Warning("signed_on", "签约日期晚于导入日期", "签约日期 (signing) is after the day of the import", $"{future:yyyy-MM-dd}");
        var details = Details(status ?? (signed is null ? "在谈" : null));
        if (rowFailed) return null;
        return new ProjectRecord(id!, name!, investor, region!, chain!, source!, investment!.Value, signed, started, producing, inStats,
            status, OptionalName("project_type"), OptionalName("investor_type"), OptionalName("method"), details);
    }

    /// <summary>The second edition's columns; null when the ledger has none of them, so that an old ledger reads as before.</summary>
    private ProjectDetails? Details(string? status)
    {
        var stage = OptionalName("negotiation_stage");
        if (stage is not null && !LedgerSchema.NegotiationStages.Contains(stage))
            Error("negotiation_stage", "未知的洽谈阶段", "unknown negotiation stage", stage,
                string.Join("、", LedgerSchema.NegotiationStages), string.Join(", ", LedgerSchema.NegotiationStages));
        var expected = Date("expected_signing_on");
        if (expected is not null && status != "在谈")
            Warning("expected_signing_on", "预计签约日期只用于在谈项目，此项目不是在谈项目", "预计签约日期 (expected signing) is for projects under negotiation only; this one is not",
                $"{expected:yyyy-MM-dd}");
        var details = new ProjectDetails(
            YesNo("key_project"),
            CompanyTags(),
            Origin(),
            OptionalName("signing_event"),
            YesNo("strategic_emerging"),
            NonNegative("contract_foreign_capital"),
            stage,
            expected,
            Date("registered_on"),
            OptionalName("lead_unit"));
        return details == Empty ? null : details;
    }

    private static readonly ProjectDetails Empty = new();

    /// <summary>企业类别: tags separated by 、 , ; or spaces, joined by 、; an unknown tag is kept as written, with a warning.</summary>
    private string? CompanyTags()
    {
        if (OptionalText("company_tags") is not { } text) return null;
        var tags = ListItems(text);
        var unknown = tags.Where(t => !LedgerSchema.CompanyTags.Contains(t)).ToList();
        if (unknown.Count > 0)
            Warning("company_tags", "不在常用企业类别中（按原样保留）", "not one of the usual company tags (kept as written)", string.Join("、", unknown));
        return tags.Count == 0 ? null : string.Join("、", tags);
    }

    /// <summary>投资方所在地 as a short name; a place neither a province nor known abroad is kept as written, with a warning.</summary>
    private string? Origin()
    {
        if (OptionalName("investor_origin") is not { } text) return null;
        if (InvestorOrigins.TryNormalise(text, out var name)) return name;
        Warning("investor_origin", "不是省级行政区或常见的境外国家（地区）名称（按原样保留，归入「其他」）",
            "neither a province nor a known place outside the mainland (kept as written, grouped under 其他)", text);
        return name;
    }

    private bool? YesNo(string id)
    {
        var cell = Cell(id);
        if (header.Position(id) < 0) return null;
        if (CellParsers.IsBlank(cell)) return false;
        switch (HeaderText.Normalise(CellParsers.Text(cell) ?? ""))
        {
            case "是" or "Y" or "y" or "1" or "√" or "TRUE" or "true": return true;
            case "否" or "N" or "n" or "0" or "×" or "FALSE" or "false": return false;
            default:
                Error(id, "无法识别的是否值", "not a yes or no", Show(id), "是或否", "是 (yes) or 否 (no)");
                return null;
        }
    }

    /// <summary>An optional amount that must not be negative.</summary>
    private decimal? NonNegative(string id)
    {
        var value = Amount(id, required: false);
        if (value < 0) Error(id, "金额为负数", "negative amount", Show(id), "不小于 0 的金额", "an amount ≥ 0");
        return value;
    }

    /// <summary>An optional whole number that must not be negative.</summary>
    private int? Count(string id)
    {
        if (CellParsers.IsBlank(Cell(id))) return null;
        var value = Integer(id);
        if (value < 0) Error(id, "数量为负数", "negative number", Show(id), "不小于 0 的整数", "a whole number ≥ 0");
        return value;
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
        if (month is { } m && m > new DateOnly(checks.Today.Year, checks.Today.Month, 1))
            Warning("month", "到位月份晚于当前月份", "到位月份 (month) is after the current month", $"{m:yyyy-MM}");
        var fixedAssets = Amount("fixed_asset_investment", required: false);
        var foreign = Amount("foreign_capital_used", required: false);
        return rowFailed ? null : new FundRecord(id!, month!.Value, amount!.Value, fixedAssets, foreign);
    }

    private TargetRecord? Target()
    {
        var year = Integer("year");
        var region = RequiredName("region");
        var indicator = RequiredText("indicator");
        var target = Amount("target", required: true);
        // A count (个, 次, 家) is never in 万元: undo the header's conversion for anything but a 亿元 indicator.
        if (target is { } t && indicator is not null && !LedgerSchema.IsYiIndicator(HeaderText.Normalise(indicator)))
            target = t / header.Factors[header.IndexOf("target")];
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
        var leader = OptionalName("leader");
        if (leader is not null && !LedgerSchema.Leaders.Contains(leader))
            Warning("leader", "不在常用带队领导类别中", "not one of the usual leader levels", leader);
        var enterprises = Count("enterprises");
        var visitors = Count("visitors");
        var signedProjects = Count("signed_projects");
        return rowFailed ? null : new ActivityRecord(date!.Value, region!, type!, count!.Value, OptionalText("note"),
            leader, enterprises, visitors, OptionalName("destination"), signedProjects);
    }

    private RegionRecord? Region()
    {
        var region = RequiredName("region");
        var type = OptionalName("region_type");
        if (type is not null && !LedgerSchema.RegionTypes.Contains(type))
            Warning("region_type", "不在常用地区类型中", "not one of the usual region types", type);
        var position = Count("position");
        if (position == 0) Error("position", "排序应从 1 开始", "排序 (position) starts at 1", "0", "不小于 1 的整数", "a whole number ≥ 1");
        return rowFailed ? null : new RegionRecord(region!, type, position, Names("lead_industries"), Names("strategic_industries"));
    }

    /// <summary>产业链 names separated by 、 , ; or spaces, joined by 、.</summary>
    private string? Names(string id)
    {
        if (OptionalText(id) is not { } text) return null;
        var names = ListItems(text);
        return names.Count == 0 ? null : string.Join("、", names);
    }

    /// <summary>The items of a list cell, separated by 、 , ; / or spaces (full-width too), each folded as a name, once each.</summary>
    private static List<string> ListItems(string text) =>
        text.Split(['、', ',', '，', ';', '；', '/', ' ', '\u3000'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(HeaderText.Name).Distinct().ToList();

    private ExternalRankRecord? ExternalRank()
    {
        var period = RequiredText("period");
        var indicator = RequiredText("indicator");
        var scope = RequiredName("scope");
        var rank = Integer("rank");
        (int Year, int Month)? parsed = null;
        if (period is not null)
        {
            parsed = RankPeriods.Parse(period);
            if (parsed is null)
                Error("period", "无法识别的期间", "not a period", period, "如「2021年1—11月」「2021年」", "such as 2021年1—11月 or 2021年");
        }
        if (scope is not null && !LedgerSchema.RankScopes.Contains(scope))
            Warning("scope", "不在常用排名范围中", "not one of the usual scopes", scope);
        if (rank < 1) Error("rank", "名次应不小于 1", "a rank is 1 or more", Show("rank"), "不小于 1 的整数", "a whole number ≥ 1");
        return rowFailed ? null : new ExternalRankRecord(period!, parsed!.Value.Year, parsed.Value.Month, HeaderText.Normalise(indicator!), scope!, rank!.Value);
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
