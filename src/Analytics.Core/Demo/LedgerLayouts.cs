using System.Globalization;
using Analytics.Core.Ingest;

namespace Analytics.Core.Demo;

/// <summary>The four ledgers' layouts, with the headers of domain.md, and their rows as cells.</summary>
internal static class LedgerLayouts
{
    public static LedgerLayout Projects(int firstYear, int lastYear) => new(
        "项目台账", "项目台账", $"{DemoVocabulary.City}{Years(firstYear, lastYear)}招商引资项目台账",
        ["项目编号", "项目名称", "投资方", "所属地区", "产业链", "资金来源", "协议总投资(亿元)", "签约日期", "开工日期", "投产日期", "入统日期", "项目状态", "项目类型", "投资主体性质", "招商方式",
         "重点项目", "企业类别", "投资方所在地", "签约活动", "合同外资(万美元)", "洽谈阶段", "预计签约日期", "登记日期", "责任单位"],
        [14, 34, 40, 10, 16, 14, 17, 12, 12, 12, 12, 10, 10, 13, 12, 9, 24, 12, 24, 16, 12, 12, 12, 16]);

    public static LedgerLayout Funds(int firstYear, int lastYear) => new(
        "资金到位台账", "资金到位", $"{DemoVocabulary.City}{Years(firstYear, lastYear)}招商引资项目资金到位台账",
        ["项目编号", "到位月份", "实际到位资金(亿元)", "完成固定资产投资(亿元)", "实际利用外资(万美元)"],
        [14, 12, 20, 22, 20]);

    public static LedgerLayout Targets(int firstYear, int lastYear) => new(
        "目标任务", "目标任务", $"{DemoVocabulary.City}{Years(firstYear, lastYear)}招商引资目标任务",
        ["年度", "所属地区", "指标", "目标值"],
        [8, 10, 24, 12]);

    public static LedgerLayout Activities(int firstYear, int lastYear) => new(
        "招商活动台账", "招商活动", $"{DemoVocabulary.City}{Years(firstYear, lastYear)}招商活动台账",
        ["日期", "所属地区", "活动类型", "次数", "说明", "带队领导", "企业数", "客商人数", "目的地", "签约项目数"],
        [12, 10, 10, 8, 44, 12, 8, 10, 10, 12]);

    public static LedgerLayout Regions() => new(
        "地区", "地区", $"{DemoVocabulary.City}地区名录",
        ["所属地区", "类型", "排序", "主导产业", "战略性新兴产业"],
        [10, 10, 8, 30, 60]);

    public static LedgerLayout ExternalRanks(int lastYear) => new(
        "外部排名", "外部排名", $"{DemoVocabulary.City}{lastYear}年招商引资工作外部排名",
        ["期间", "指标", "范围", "名次"],
        [16, 24, 8, 8]);

    /// <summary>Cells for the workbook: numbers and dates typed, missing values empty.</summary>
    public static object?[] Cells(ProjectRecord p) =>
    [
        p.ProjectId, p.Name, p.Investor, p.Region, p.IndustryChain, p.FundSource, p.Investment,
        p.SignedOn, p.StartedOn, p.ProducingOn, p.InStatsOn, p.Status, p.ProjectType, p.InvestorType, p.Method,
        p.Details?.KeyProject == true ? "是" : null, p.Details?.CompanyTags, p.Details?.InvestorOrigin, p.Details?.SigningEvent,
        p.Details?.ContractForeignCapital, p.Details?.NegotiationStage, p.Details?.ExpectedSigningOn, p.Details?.RegisteredOn, p.Details?.LeadUnit,
    ];

    public static object?[] Cells(FundRecord f) => [f.ProjectId, MonthText(f.Month), f.Amount, f.FixedAssetInvestment, f.ForeignCapitalUsed];

    public static object?[] Cells(TargetRecord t) => [t.Year, t.Region, t.Indicator, t.Target];

    public static object?[] Cells(ActivityRecord a) =>
        [a.Date, a.Region, a.ActivityType, a.Count, a.Note, a.Leader, a.Enterprises, a.Visitors, a.Destination, a.SignedProjects];

    public static object?[] Cells(RegionRecord r) => [r.Region, r.RegionType, r.Position, r.LeadIndustries, r.StrategicIndustries];

    public static object?[] Cells(ExternalRankRecord k) => [k.Period, k.Indicator, k.Scope, k.Rank];

    /// <summary>到位月份 as ledgers write it, e.g. <c>2021-03</c>.</summary>
    public static string MonthText(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static string Years(int first, int last) => first == last ? $"{first}年" : $"{first}—{last}年";
}
