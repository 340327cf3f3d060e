namespace Analytics.Core.Tests.Metrics;

/// <summary>One row of a hand-built 项目台账; dates as <c>yyyy-MM-dd</c> or null, investment in 亿元.</summary>
public sealed record ProjectRow(
    string Id, string Region, string Chain, string Source, decimal Investment,
    string? Signed = null, string? Started = null, string? Producing = null, string? InStats = null,
    string? Status = null, string? Type = null, string? InvestorType = null);
