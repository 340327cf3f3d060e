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
    string? Method);

/// <summary>One row of 资金到位台账 (funds in place): a project's money arrived in a month, in 亿元.</summary>
/// <param name="Month">The first day of the month.</param>
public sealed record FundRecord(string ProjectId, DateOnly Month, decimal Amount);

/// <summary>One row of 目标任务 (targets): a yearly target of a region (or 全市) for an indicator.</summary>
public sealed record TargetRecord(int Year, string Region, string Indicator, decimal Target);

/// <summary>One row of 招商活动台账 (activities).</summary>
public sealed record ActivityRecord(DateOnly Date, string Region, string ActivityType, int Count, string? Note);
