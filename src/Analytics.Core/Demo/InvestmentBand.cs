namespace Analytics.Core.Demo;

/// <summary>The investment bands the briefings report: under 1 亿元, and at least 1, 10, 20, 50 and 100 亿元.</summary>
internal enum InvestmentBand
{
    Under1,
    From1,
    From10,
    From20,
    From50,
    From100,
}
