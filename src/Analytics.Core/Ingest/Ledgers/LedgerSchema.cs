namespace Analytics.Core.Ingest.Ledgers;

/// <summary>The columns of one ledger kind, as <c>shared/domain.md</c> specifies them.</summary>
public sealed record LedgerSchema(LedgerKind Kind, string Title, string Table, IReadOnlyList<LedgerColumn> Columns, IReadOnlyList<string> Signature)
{
    public LedgerColumn this[string id] => Columns.First(c => c.Id == id);

    private static readonly string[] ProjectIdAliases = ["编号", "项目代码"];
    private static readonly string[] RegionAliases = ["载体单位", "县区", "地区"];

    public static readonly LedgerSchema Projects = new(LedgerKind.Projects, "项目台账", "projects",
    [
        new("project_id", "项目编号", ColumnValueType.Text, true, ProjectIdAliases),
        new("name", "项目名称", ColumnValueType.Text, true, "名称"),
        new("investor", "投资方", ColumnValueType.Text, false, "投资主体", "签约企业"),
        new("region", "所属地区", ColumnValueType.Text, true, RegionAliases),
        new("industry_chain", "产业链", ColumnValueType.Text, true, "所属产业链", "产业"),
        new("fund_source", "资金来源", ColumnValueType.Text, true, "资金类别"),
        new("investment", "协议总投资", ColumnValueType.Amount, true, "总投资"),
        new("signed_on", "签约日期", ColumnValueType.Date, false),
        new("started_on", "开工日期", ColumnValueType.Date, false),
        new("producing_on", "投产日期", ColumnValueType.Date, false, "竣工投产日期"),
        new("in_stats_on", "入统日期", ColumnValueType.Date, false, "纳统日期"),
        new("status", "项目状态", ColumnValueType.Text, false, "状态"),
        new("project_type", "项目类型", ColumnValueType.Text, false),
        new("investor_type", "投资主体性质", ColumnValueType.Text, false, "企业性质"),
        new("method", "招商方式", ColumnValueType.Text, false),
    ], ["name", "investment"]);

    public static readonly LedgerSchema Funds = new(LedgerKind.Funds, "资金到位台账", "funds",
    [
        new("project_id", "项目编号", ColumnValueType.Text, true, ProjectIdAliases),
        new("month", "到位月份", ColumnValueType.Month, true),
        new("amount", "实际到位资金", ColumnValueType.Amount, true, "到位资金"),
    ], ["month", "amount"]);

    public static readonly LedgerSchema Targets = new(LedgerKind.Targets, "目标任务", "targets",
    [
        new("year", "年度", ColumnValueType.Integer, true, "年份"),
        new("region", "所属地区", ColumnValueType.Text, true, RegionAliases),
        new("indicator", "指标", ColumnValueType.Text, true, "指标名称"),
        new("target", "目标值", ColumnValueType.Amount, true, "目标"),
    ], ["indicator", "target"]);

    public static readonly LedgerSchema Activities = new(LedgerKind.Activities, "招商活动台账", "activities",
    [
        new("date", "日期", ColumnValueType.Date, true, "活动日期"),
        new("region", "所属地区", ColumnValueType.Text, true, RegionAliases),
        new("activity_type", "活动类型", ColumnValueType.Text, true),
        new("count", "次数", ColumnValueType.Integer, true),
        new("note", "说明", ColumnValueType.Text, false, "备注"),
    ], ["activity_type", "count"]);

    public static readonly IReadOnlyList<LedgerSchema> All = [Projects, Funds, Targets, Activities];

    public static LedgerSchema For(LedgerKind kind) => All.First(s => s.Kind == kind);

    /// <summary>The indicators a target may name.</summary>
    public static readonly IReadOnlyList<string> Indicators =
        ["新签约亿元以上项目数", "新开工亿元以上项目数", "实际到位资金(亿元)", "签约总投资(亿元)"];

    /// <summary>The statuses a project may have.</summary>
    public static readonly IReadOnlyList<string> Statuses = ["在谈", "已签约", "已开工", "已投产", "已入统", "已终止"];

    /// <summary>The activity types of 招商活动台账.</summary>
    public static readonly IReadOnlyList<string> ActivityTypes = ["外出招商", "来访接待", "拜访企业", "集中签约", "推介会"];

    /// <summary>The name of the whole jurisdiction in 目标任务.</summary>
    public const string WholeJurisdiction = "全市";
}
