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
        new("key_project", "重点项目", ColumnValueType.YesNo, false, "是否重点项目", "重大项目"),
        new("company_tags", "企业类别", ColumnValueType.Text, false, "投资方类别"),
        new("investor_origin", "投资方所在地", ColumnValueType.Text, false, "投资方来源地", "来源地"),
        new("signing_event", "签约活动", ColumnValueType.Text, false),
        new("strategic_emerging", "战略性新兴产业", ColumnValueType.YesNo, false, "是否战新"),
        new("contract_foreign_capital", "合同外资", ColumnValueType.Dollars, false, "外资金额"),
        new("negotiation_stage", "洽谈阶段", ColumnValueType.Text, false),
        new("expected_signing_on", "预计签约日期", ColumnValueType.Date, false),
        new("registered_on", "登记日期", ColumnValueType.Date, false, "信息登记日期", "线索日期"),
        new("lead_unit", "责任单位", ColumnValueType.Text, false, "牵头单位"),
    ], ["name", "investment"]);

    public static readonly LedgerSchema Funds = new(LedgerKind.Funds, "资金到位台账", "funds",
    [
        new("project_id", "项目编号", ColumnValueType.Text, true, ProjectIdAliases),
        new("month", "到位月份", ColumnValueType.Month, true),
        new("amount", "实际到位资金", ColumnValueType.Amount, true, "到位资金"),
        new("fixed_asset_investment", "完成固定资产投资", ColumnValueType.Amount, false, "固定资产投资"),
        new("foreign_capital_used", "实际利用外资", ColumnValueType.Dollars, false),
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
        new("leader", "带队领导", ColumnValueType.Text, false),
        new("enterprises", "企业数", ColumnValueType.Integer, false),
        new("visitors", "客商人数", ColumnValueType.Integer, false),
        new("destination", "目的地", ColumnValueType.Text, false),
        new("signed_projects", "签约项目数", ColumnValueType.Integer, false),
    ], ["activity_type", "count"]);

    public static readonly LedgerSchema Regions = new(LedgerKind.Regions, "地区", "regions",
    [
        new("region", "所属地区", ColumnValueType.Text, true, RegionAliases),
        new("region_type", "类型", ColumnValueType.Text, false, "地区类型"),
        new("position", "排序", ColumnValueType.Integer, false, "排名顺序"),
        new("lead_industries", "主导产业", ColumnValueType.Text, false),
        new("strategic_industries", "战略性新兴产业", ColumnValueType.Text, false),
    ], ["region", "region_type"]);

    public static readonly LedgerSchema ExternalRanks = new(LedgerKind.ExternalRanks, "外部排名", "external_ranks",
    [
        new("period", "期间", ColumnValueType.Text, true),
        new("indicator", "指标", ColumnValueType.Text, true, "指标名称"),
        new("scope", "范围", ColumnValueType.Text, true),
        new("rank", "名次", ColumnValueType.Integer, true, "排名"),
    ], ["period", "rank"]);

    public static readonly IReadOnlyList<LedgerSchema> All = [Projects, Funds, Targets, Activities, Regions, ExternalRanks];

    public static LedgerSchema For(LedgerKind kind) => All.First(s => s.Kind == kind);

    /// <summary>The indicators a target may name: counts (个, 次, 家) and amounts (in the unit they name).</summary>
    public static readonly IReadOnlyList<string> Indicators =
    [
        "签约项目数", "新签约亿元以上项目数", "新签约10亿元以上项目数", "新签约20亿元以上项目数", "新签约50亿元以上项目数", "新签约100亿元以上项目数",
        "重点产业项目签约数", "新开工项目数", "新开工2000万元以上项目数", "新开工亿元以上项目数", "新开工10亿元以上项目数", "重点项目数",
        "签约总投资(亿元)", "实际到位资金(亿元)", "实际到位省外资金(亿元)", "完成固定资产投资(亿元)", "实际利用外资(万美元)",
        "外出招商次数", "拜访企业数",
    ];

    /// <summary>Whether an indicator is an amount in 亿元 (a 目标值(万元) header converts it); every other one is taken as written.</summary>
    public static bool IsYiIndicator(string indicator) => indicator.EndsWith("(亿元)", StringComparison.Ordinal);

    /// <summary>The tags of 企业类别 the models know; others are kept as written.</summary>
    public static readonly IReadOnlyList<string> CompanyTags = ["世界500强", "中国500强", "民营500强", "央企", "省属国企", "上市公司", "行业龙头", "高新技术企业"];

    /// <summary>The stages of a project under negotiation (洽谈阶段).</summary>
    public static readonly IReadOnlyList<string> NegotiationStages = ["初步接洽", "实质性洽谈", "拟签约"];

    /// <summary>The types of a region (地区 › 类型).</summary>
    public static readonly IReadOnlyList<string> RegionTypes = ["中心城区", "县市", "开发区", "园区"];

    /// <summary>Who led an activity (带队领导).</summary>
    public static readonly IReadOnlyList<string> Leaders = ["市级领导", "县级领导", "部门负责人"];

    /// <summary>The scopes of an external rank (外部排名 › 范围).</summary>
    public static readonly IReadOnlyList<string> RankScopes = ["全省", "全市"];

    /// <summary>The statuses a project may have.</summary>
    public static readonly IReadOnlyList<string> Statuses = ["在谈", "已签约", "已开工", "已投产", "已入统", "已终止"];

    /// <summary>The activity types of 招商活动台账.</summary>
    public static readonly IReadOnlyList<string> ActivityTypes = ["外出招商", "来访接待", "拜访企业", "集中签约", "推介会", "云签约", "座谈会"];

    /// <summary>The name of the whole jurisdiction in 目标任务.</summary>
    public const string WholeJurisdiction = "全市";
}
