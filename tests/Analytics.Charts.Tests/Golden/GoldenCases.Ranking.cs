using Analytics.Charts.Specs;
using static Analytics.Charts.Tests.Support.Demo;

namespace Analytics.Charts.Tests.Golden;

internal static partial class GoldenCases
{
    private static RankingItem[] RegionFunds() =>
    [
        new("鸠江区", 312.4m), new("江北新区", 268.9m), new("高新区", 245.1m), new("经开区", 221.7m),
        new("临江县", 156.3m), new("青山县", 128.4m), new("东湖区", 114.2m),
    ];

    private static IEnumerable<(string, ChartSpec)> Rankings()
    {
        yield return ("ranking-regions", new RankingChartSpec
        {
            Title = "1—11月份各地区实际到位资金排名",
            Items = RegionFunds(),
            Highlight = "青山县",
            NameHeader = "地区",
        });
        yield return ("ranking-plain", new RankingChartSpec
        {
            Title = "各产业链新签约亿元以上项目数",
            Items = Chains.Select((c, i) => new RankingItem(c, 120 - 11 * i + (i % 3) * 4)).ToList(),
            Format = ValueFormat.Count("个"),
        });
        yield return ("ranking-phone-long-names", new RankingChartSpec
        {
            Title = "各载体单位新签约项目协议总投资排名",
            Width = 360,
            Items =
            [
                new("江北新区现代产业园管理委员会", 512.6m), new("高新技术产业开发区", 388.0m),
                new("鸠江区", 301.5m), new("临江县经济开发区（省级）", 127.9m),
                new("青山县", 98.0m), new("经开区 Smart Manufacturing Park", 75.3m),
            ],
            Highlight = "临江县经济开发区（省级）",
        });
        yield return ("ranking-ties", new RankingChartSpec
        {
            Title = "各地区新开工10亿元以上项目数",
            Items = [new("鸠江区", 9), new("江北新区", 7), new("高新区", 7), new("经开区", 5), new("临江县", 5), new("青山县", 5), new("东湖区", 2)],
            Format = ValueFormat.Count("个"),
        });
        yield return ("ranking-negative", new RankingChartSpec
        {
            Title = "各地区实际到位资金同比增速",
            Items =
            [
                new("鸠江区", 0.156m), new("江北新区", 0.113m), new("高新区", 0.236m), new("经开区", -0.077m),
                new("临江县", 0.116m), new("青山县", -0.265m), new("东湖区", 0m),
            ],
            Format = ValueFormat.Percent,
            Highlight = "经开区",
        });
        yield return ("ranking-200", new RankingChartSpec
        {
            Title = "项目协议总投资排名",
            Items = Enumerable.Range(1, 200).Select(i => new RankingItem($"项目{i:000}", Math.Round(1500m / i, 1))).ToList(),
            Highlight = "项目150",
            MaxRows = 20,
        });
        yield return ("ranking-single", new RankingChartSpec
        {
            Title = "全市实际到位资金",
            Items = [new("全市", 1447.0m)],
        });
        yield return ("ranking-empty", new RankingChartSpec
        {
            Title = "各地区实际到位资金排名",
            Items = [],
        });
        yield return ("ranking-xss", new RankingChartSpec
        {
            Title = Xss,
            Items = [new(Xss, 3), new(XssAttribute, 2), new("A & B", 1)],
            Highlight = XssAttribute,
            Format = ValueFormat.Count(),
        });
    }
}
