using Analytics.Charts.Specs;
using static Analytics.Charts.Tests.Support.Demo;

namespace Analytics.Charts.Tests.Golden;

internal static partial class GoldenCases
{
    private static ChartSeries[] Bands() =>
    [
        new("1—10亿元", Values(120.5m, 98.2m, 85.0m, 77.3m, 60.1m, 48.8m, 41.0m)),
        new("10—20亿元", Values(80.0m, 66.4m, 71.2m, 52.9m, 40.0m, 31.5m, 20.4m)),
        new("20—50亿元", Values(60.8m, 58.3m, 45.5m, 50.0m, 30.2m, 28.1m, 32.8m)),
        new("50亿元以上", Values(51.1m, 46.0m, 43.4m, 41.5m, 26.0m, 20.0m, 20.0m)),
    ];

    private static IEnumerable<(string, ChartSpec)> Stacks()
    {
        yield return ("stacked-bands", new StackedBarChartSpec
        {
            Title = "各地区新签约项目协议总投资（按投资规模）",
            Categories = Regions,
            CategoryName = "地区",
            Series = Bands(),
            Ordinal = true,
        });
        yield return ("stacked-percent", new StackedBarChartSpec
        {
            Title = "各地区新签约项目投资规模结构",
            Categories = Regions,
            CategoryName = "地区",
            Series = Bands(),
            Ordinal = true,
            Percent = true,
        });
        yield return ("stacked-sources", new StackedBarChartSpec
        {
            Title = "各地区实际到位资金来源构成",
            Categories = Regions,
            CategoryName = "地区",
            Series = FundSources.Select((f, k) => new ChartSeries(f,
                Regions.Select((_, i) => (decimal?)Math.Round(80m - 9m * k + 7m * ((i + k) % 4) - 4m * i, 1)).ToList())).ToList(),
        });
        yield return ("stacked-chains-phone", new StackedBarChartSpec
        {
            Title = "各地区新签约项目数（按产业链）",
            Width = 360,
            Height = 420,
            Categories = Regions,
            Format = ValueFormat.Count("个"),
            Series = Chains.Select((c, k) => new ChartSeries(c,
                Regions.Select((_, i) => (decimal?)((k * 3 + i * 5) % 9 + 1)).ToList())).ToList(),
        });
        yield return ("stacked-negative", new StackedBarChartSpec
        {
            Title = "各地区实际到位资金同比增减（按来源）",
            Categories = Regions,
            Series =
            [
                new("省外资金", Values(12.4m, -8.1m, 20.3m, 5.0m, -3.2m, 6.6m, 0m)),
                new("本地资金", Values(5.0m, 4.2m, -6.7m, 3.1m, 2.0m, -1.5m, 0m)),
            ],
        });
        yield return ("stacked-empty", new StackedBarChartSpec
        {
            Title = "各地区新签约项目协议总投资（按投资规模）",
            Categories = Regions,
            Series = [new("1—10亿元", Values(0, 0, 0, 0, 0, 0, 0))],
            Percent = true,
        });
    }
}
