namespace Analytics.Core.Ingest;

/// <summary>One row of 项目台账 (projects), typed. Amounts in 亿元.</summary>
public sealed record ProjectRecord(
    string ProjectId,
    string Name,
    string? Investor,
    string Region,
    string IndustryChain,
    string FundSource,
    decimal Investment,
    DateOnly? SignedOn,
    DateOnly? StartedOn,
    DateOnly? ProducingOn,
    DateOnly? InStatsOn,
    string? Status,
    string? ProjectType,
    string? InvestorType,
    string? Method,
    ProjectDetails? Details = null);

/// <summary>
/// The second edition's optional columns of 项目台账; every one is null where the ledger leaves it out.
/// </summary>
/// <param name="KeyProject">重点项目 (blank counts as 否).</param>
/// <param name="CompanyTags">企业类别, the tags joined by 、 (unknown tags kept as written).</param>
/// <param name="InvestorOrigin">投资方所在地, a province as its short name (江苏) or a place outside the mainland (日本).</param>
/// <param name="StrategicEmerging">战略性新兴产业; null when the column is absent (then the regions ledger decides).</param>
/// <param name="ContractForeignCapital">合同外资, 万美元.</param>
public sealed record ProjectDetails(
    bool? KeyProject = null,
    string? CompanyTags = null,
    string? InvestorOrigin = null,
    string? SigningEvent = null,
    bool? StrategicEmerging = null,
    decimal? ContractForeignCapital = null,
    string? NegotiationStage = null,
    DateOnly? ExpectedSigningOn = null,
    DateOnly? RegisteredOn = null,
    string? LeadUnit = null);

/// <summary>One row of 资金到位台账 (funds in place): a project's money arrived in a month, in 亿元.</summary>
/// <param name="Month">The first day of the month.</param>
/// <param name="FixedAssetInvestment">完成固定资产投资 of the month, 亿元.</param>
/// <param name="ForeignCapitalUsed">实际利用外资 of the month, 万美元.</param>
public sealed record FundRecord(string ProjectId, DateOnly Month, decimal Amount, decimal? FixedAssetInvestment = null, decimal? ForeignCapitalUsed = null);

/// <summary>One row of 目标任务 (targets): a yearly target of a region (or 全市) for an indicator.</summary>
public sealed record TargetRecord(int Year, string Region, string Indicator, decimal Target);

/// <summary>One row of 招商活动台账 (activities).</summary>
/// <param name="Leader">带队领导: 市级领导, 县级领导 or 部门负责人.</param>
/// <param name="Enterprises">企业数: enterprises visited or received.</param>
/// <param name="Visitors">客商人数.</param>
/// <param name="Destination">目的地: the city or region visited.</param>
/// <param name="SignedProjects">签约项目数, for 集中签约 and 云签约.</param>
public sealed record ActivityRecord(DateOnly Date, string Region, string ActivityType, int Count, string? Note,
    string? Leader = null, int? Enterprises = null, int? Visitors = null, string? Destination = null, int? SignedProjects = null);

/// <summary>One row of 地区 (regions): a region's type, official position and lead industries; the 全市 row lists the 战新 industry chains.</summary>
/// <param name="Position">排序, 1 first; null when the ledger has no 排序 (the row order then decides).</param>
/// <param name="LeadIndustries">主导产业, the 产业链 names joined by 、.</param>
/// <param name="StrategicIndustries">战略性新兴产业, the 产业链 names joined by 、 (on the 全市 row).</param>
public sealed record RegionRecord(string Region, string? RegionType, int? Position, string? LeadIndustries, string? StrategicIndustries);

/// <summary>One row of 外部排名 (external ranks): a rank the province or the prefecture gave the office for an indicator and period.</summary>
/// <param name="Period">期间 as written, e.g. <c>2021年1—11月</c>.</param>
/// <param name="Year">The period's year.</param>
/// <param name="ThroughMonth">The period's last month (12 for a whole year).</param>
/// <param name="Scope">范围: 全省 or 全市.</param>
/// <param name="Rank">名次, 1 first.</param>
public sealed record ExternalRankRecord(string Period, int Year, int ThroughMonth, string Indicator, string Scope, int Rank);
