namespace Analytics.Core.Metrics;

/// <summary>
/// One project of 项目台账 as listed on internal pages. Names and investors are internal: public pages never show them.
/// </summary>
/// <param name="Investment">协议总投资, 亿元.</param>
/// <param name="Funds">实际到位资金 in the listed period's months (亿元), for a list by funds; else null.</param>
public sealed record ProjectEntry(
    string Id,
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
    string Status,
    decimal? Funds);
