using Analytics.Charts.Specs;
using static Analytics.Charts.Tests.Support.Demo;

namespace Analytics.Charts.Tests.Golden;

internal static partial class GoldenCases
{
    private static IEnumerable<(string, ChartSpec)> Bars()
    {
        yield return ("bar-regions", new BarChartSpec
        {
            Title = "1—11月份各地区实际到位资金",
            Categories = Regions,
            CategoryName = "地区",
            Series = [new ChartSeries("2021年", Values(312.4m, 268.9m, 245.1m, 221.7m, 156.3m, 128.4m, 114.2m))],
            Note = "数据来源：市投资促进中心",
        });
        yield return ("bar-grouped", new BarChartSpec
        {
            Title = "新签约亿元以上项目数（同比）",
            Categories = Regions,
            CategoryName = "地区",
            Format = ValueFormat.Count("个"),
            Series =
            [
                new ChartSeries("2021年1—11月", Values(132, 118, 104, 97, 80, 62, 50)),
                new ChartSeries("2020年同期", Values(96, 84, 71, 66, 51, 40, 32)),
            ],
        });
        yield return ("bar-grouped-amounts", new BarChartSpec
        {
            Title = "实际到位资金（同比）",
            Categories = Regions,
            CategoryName = "地区",
            Series =
            [
                new ChartSeries("2021年", Values(312.4m, 268.9m, 245.1m, 221.7m, 156.3m, 128.4m, 114.2m)),
                new ChartSeries("2020年", Values(270.2m, 241.5m, 198.3m, 205.9m, 140.0m, 119.6m, 89.8m)),
            ],
        });
        yield return ("bar-negative", new BarChartSpec
        {
            Title = "实际到位资金同比增速",
            Categories = Regions,
            CategoryName = "地区",
            Format = ValueFormat.Percent,
            Series = [new ChartSeries("增速", Values(0.156m, 0.113m, 0.236m, -0.077m, 0.116m, -0.265m, 0m))],
        });
        yield return ("bar-single", new BarChartSpec
        {
            Title = "全市实际到位资金",
            Categories = ["全市"],
            Series = [new ChartSeries("2021年", Values(1447.0m))],
        });
        yield return ("bar-zero", new BarChartSpec
        {
            Title = "新开工50亿元以上项目数",
            Categories = Regions,
            Format = ValueFormat.Count("个"),
            Series = [new ChartSeries("2021年", Values(0, 0, 0, 0, 0, 0, 0))],
        });
        yield return ("bar-empty", new BarChartSpec
        {
            Title = "各地区实际到位资金",
            Categories = [],
            Series = [],
        });
        yield return ("bar-200", new BarChartSpec
        {
            Title = "项目协议总投资分布（200个项目）",
            Categories = Enumerable.Range(1, 200).Select(i => $"项目{i:000}").ToList(),
            CategoryName = "项目",
            Series = [new ChartSeries("协议总投资", Enumerable.Range(1, 200).Select(i => (decimal?)Math.Round(120m / i + (i % 7), 1)).ToList())],
        });
        yield return ("bar-phone", new BarChartSpec
        {
            Title = "各地区新签约亿元以上项目数",
            Width = 360,
            Height = 300,
            Categories = ["鸠江区", "江北新区现代产业园", "高新技术产业开发区", "经开区", "临江县", "青山县", "东湖区"],
            Format = ValueFormat.Count("个"),
            Series =
            [
                new ChartSeries("2021年", Values(132, 118, 104, 97, 80, 62, 50)),
                new ChartSeries("2020年", Values(96, 84, 71, 66, 51, 40, 32)),
            ],
        });
        yield return ("bar-xss", new BarChartSpec
        {
            Title = "标题 " + Xss,
            Description = "说明 " + XssAttribute,
            Categories = [Xss, XssAttribute, "鸠江区 & 东湖区"],
            Series = [new ChartSeries(XssAttribute, Values(10, 20, 30)), new ChartSeries("<b>去年</b>", Values(5, 15, 25))],
            Note = "注：" + Xss,
        });
    }
}
