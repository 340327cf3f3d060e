namespace Analytics.Core.Tests.Metrics.HandBuilt;

/// <summary>
/// A small city of four regions whose every metric the tests compute by hand. The main as-of date is
/// 2021-06-30: the period is 2021-01-01…2021-06-30 (day 181 of 365, schedule 181/365), the same period last
/// year 2020-01-01…2020-06-30, funds count the months 2021-01…2021-06 (last year 2020-01…2020-06).
/// </summary>
/// <remarks>
/// Regions in name order (ordinal): 东区 U+4E1C, 北区 U+5317, 南区 U+5357, 西区 U+897F.
/// Chains: 新能源汽车 (NEV), 生物医药 (BIO), 高端装备制造 (EQP); fund sources: 省外资金, 本地资金, 外资.
/// <code>
/// id   region chain src   亿元  signed      started     producing   in stats    note
/// P01  东区   NEV   省外  60    2021-01-15  2021-03-01  -           2021-05-10
/// P02  东区   NEV   省外  25    2021-02-10  2021-06-30  -           -           started on the as-of day
/// P03  东区   BIO   本地  10    2021-06-30  -           -           -           signed on the as-of day, 服务业
/// P04  东区   EQP   外资  0.5   2021-04-01  2021-05-01  -           -           below 1 亿元
/// P05  西区   NEV   本地  20    2021-03-03  2021-04-04  2021-06-01  2021-06-15
/// P06  西区   BIO   省外  100   2021-05-20  2021-06-01  -           -           已终止 (terminated), 服务业
/// P07  西区   EQP   省外  1     2021-07-01  -           -           -           signed the day after the as-of date
/// P08  南区   NEV   外资  50    2021-01-01  2021-02-01  -           -           signed on the first day
/// P09  南区   BIO   本地  9.99  2020-12-31  2021-01-10  -           -           signed the day before the period
/// P10  南区   EQP   省外  10    2020-02-29  2020-06-30  2021-03-01  2021-04-01  signed on 29 February
/// P11  北区   NEV   省外  30    2020-03-15  2020-05-01  -           -           北区 signs nothing in 2021
/// P12  北区   BIO   本地  5     2020-06-30  2020-12-01  -           -           服务业
/// P13  东区   BIO   本地  3     -           -           -           -           no dates at all (在谈)
/// P14  东区   NEV   省外  2     2020-01-01  2020-02-01  2020-06-30  -
/// P15  西区   EQP   本地  8     2020-07-01  2020-08-01  -           -           signed after last year's period
/// P16  南区   NEV   省外  1     2021-02-28  -           -           -           exactly 1 亿元, 服务业, no 投资主体性质
/// P17  西区   BIO   外资  0.99  2020-05-05  2020-06-01  -           -           below 1 亿元, 服务业
/// </code>
/// Funds (亿元): 东区 2021: P01 Jan 10 + Jun 4.1 (+ Jul 100, after the as-of month), P02 Mar 4 = 18.1; 2020: P14 Jan 2.
/// 西区 2021: P05 Feb 6 + P06 Jun 8.45 = 14.45; 2020: P17 Jun 3 (+ P15 Aug 5, after June).
/// 南区 2021: P08 Apr 7 + P10 May 7.44 = 14.44; 2020: only P10 Jul 20, after June, so nothing: no YoY ratio.
/// 北区 2021: nothing; 2020: P11 Apr 5.
/// </remarks>
public static class HandLedger
{
    public static readonly DateOnly AsOf = new(2021, 6, 30);

    public static readonly ProjectRow[] Projects =
    [
        new("P01", "东区", "新能源汽车", "省外资金", 60m, "2021-01-15", "2021-03-01", null, "2021-05-10", Type: "工业", InvestorType: "民营"),
        new("P02", "东区", "新能源汽车", "省外资金", 25m, "2021-02-10", "2021-06-30", Type: "工业", InvestorType: "央企"),
        new("P03", "东区", "生物医药", "本地资金", 10m, "2021-06-30", Type: "服务业", InvestorType: "民营"),
        new("P04", "东区", "高端装备制造", "外资", 0.5m, "2021-04-01", "2021-05-01", Type: "工业", InvestorType: "外资"),
        new("P05", "西区", "新能源汽车", "本地资金", 20m, "2021-03-03", "2021-04-04", "2021-06-01", "2021-06-15", Type: "工业", InvestorType: "地方国企"),
        new("P06", "西区", "生物医药", "省外资金", 100m, "2021-05-20", "2021-06-01", Status: "已终止", Type: "服务业", InvestorType: "民营"),
        new("P07", "西区", "高端装备制造", "省外资金", 1m, "2021-07-01", Type: "工业", InvestorType: "民营"),
        new("P08", "南区", "新能源汽车", "外资", 50m, "2021-01-01", "2021-02-01", Type: "工业", InvestorType: "外资"),
        new("P09", "南区", "生物医药", "本地资金", 9.99m, "2020-12-31", "2021-01-10", Type: "工业", InvestorType: "民营"),
        new("P10", "南区", "高端装备制造", "省外资金", 10m, "2020-02-29", "2020-06-30", "2021-03-01", "2021-04-01", Type: "工业", InvestorType: "央企"),
        new("P11", "北区", "新能源汽车", "省外资金", 30m, "2020-03-15", "2020-05-01", Type: "工业", InvestorType: "民营"),
        new("P12", "北区", "生物医药", "本地资金", 5m, "2020-06-30", "2020-12-01", Type: "服务业", InvestorType: "地方国企"),
        new("P13", "东区", "生物医药", "本地资金", 3m),
        new("P14", "东区", "新能源汽车", "省外资金", 2m, "2020-01-01", "2020-02-01", "2020-06-30", Type: "工业", InvestorType: "民营"),
        new("P15", "西区", "高端装备制造", "本地资金", 8m, "2020-07-01", "2020-08-01", Type: "工业", InvestorType: "民营"),
        new("P16", "南区", "新能源汽车", "省外资金", 1m, "2021-02-28", Type: "服务业"),
        new("P17", "西区", "生物医药", "外资", 0.99m, "2020-05-05", "2020-06-01", Type: "服务业", InvestorType: "外资"),
    ];

    public static readonly (string Project, string Month, decimal Amount)[] Funds =
    [
        ("P01", "2021-01", 10m), ("P01", "2021-06", 4.1m), ("P01", "2021-07", 100m), ("P02", "2021-03", 4m), ("P14", "2020-01", 2m),
        ("P05", "2021-02", 6m), ("P06", "2021-06", 8.45m), ("P17", "2020-06", 3m), ("P15", "2020-08", 5m),
        ("P08", "2021-04", 7m), ("P10", "2021-05", 7.44m), ("P10", "2020-07", 20m),
        ("P11", "2020-04", 5m),
    ];

    /// <summary>
    /// Targets of 2021 chosen to sit on the light boundaries at 2021-06-30 (schedule s = 181/365 = 0.49589…):
    /// 东区 funds 18.1 / 36.5 = 181/365 = s exactly (green); 西区 14.45 / 36.5 = 144.5/365 = s − 0.10 exactly (yellow);
    /// 南区 14.44 / 36.5 just below s − 0.10 (red); 东区 signed investment 95.5 / 193 = 0.4948 just below s (yellow);
    /// 北区 a target of 0 (met: green, no completion); 全市 7 of 14 signings = 0.5 (green).
    /// One target in 2020: 东区 funds 4, of which 2 (P14, January) arrived: 0.5 at any date of 2020.
    /// </summary>
    public static readonly (int Year, string Region, string Indicator, decimal Target)[] Targets =
    [
        (2021, "全市", "新签约亿元以上项目数", 14m),
        (2021, "东区", "实际到位资金(亿元)", 36.5m),
        (2021, "东区", "签约总投资(亿元)", 193m),
        (2021, "西区", "实际到位资金(亿元)", 36.5m),
        (2021, "南区", "实际到位资金(亿元)", 36.5m),
        (2021, "北区", "新签约亿元以上项目数", 0m),
        (2020, "东区", "实际到位资金(亿元)", 4m),
    ];

    public static readonly (string Date, string Region, string Type, int Count)[] Activities =
    [
        ("2021-01-05", "东区", "外出招商", 2), ("2021-06-30", "东区", "外出招商", 1), ("2021-07-01", "东区", "外出招商", 5),
        ("2021-03-10", "东区", "来访接待", 3), ("2020-06-30", "东区", "外出招商", 4), ("2020-07-01", "东区", "外出招商", 9),
        ("2021-02-02", "西区", "推介会", 1), ("2020-05-05", "南区", "拜访企业", 2),
    ];

    public static IReadOnlyList<string> Write(string directory) =>
    [
        LedgerCsv.Projects(directory, Projects), LedgerCsv.Funds(directory, Funds),
        LedgerCsv.Targets(directory, Targets), LedgerCsv.Activities(directory, Activities),
    ];
}
