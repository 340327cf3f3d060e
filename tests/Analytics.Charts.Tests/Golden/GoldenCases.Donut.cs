using Analytics.Charts.Specs;
using static Analytics.Charts.Tests.Support.Demo;

namespace Analytics.Charts.Tests.Golden;

internal static partial class GoldenCases
{
    private static IEnumerable<(string, ChartSpec)> Donuts()
    {
        yield return ("donut-sources", new DonutChartSpec
        {
            Title = "1—11月份实际到位资金来源构成",
            Slices = [new("省外资金", 654.3m), new("省内市外资金", 301.2m), new("本地资金", 248.9m), new("外资", 96.4m), new("产业基金", 146.2m)],
            NameHeader = "资金来源",
        });
        yield return ("donut-small-slices", new DonutChartSpec
        {
            Title = "各产业链新签约项目协议总投资构成",
            Slices = Chains.Select((c, i) => new DonutSlice(c, i < 2 ? 400m - 120m * i : 9m - i * 0.7m)).ToList(),
            MaxSlices = 10,
            NameHeader = "产业链",
        });
        yield return ("donut-phone", new DonutChartSpec
        {
            Title = "实际到位资金来源构成",
            Width = 360,
            Height = 300,
            Slices = [new("省外资金", 654.3m), new("省内市外资金", 301.2m), new("本地资金", 248.9m), new("外资", 96.4m), new("产业基金", 146.2m)],
        });
        yield return ("donut-many", new DonutChartSpec
        {
            Title = "200个项目协议总投资构成",
            Slices = Enumerable.Range(1, 200).Select(i => new DonutSlice($"项目{i:000}", Math.Round(1500m / i, 1))).ToList(),
        });
        yield return ("donut-single", new DonutChartSpec
        {
            Title = "实际到位资金来源构成",
            Slices = [new("省外资金", 654.3m), new("外资", 0m), new("产业基金", -3m)],
        });
        yield return ("donut-empty", new DonutChartSpec
        {
            Title = "实际到位资金来源构成",
            Slices = [new("省外资金", 0m), new("外资", 0m)],
        });
    }
}
