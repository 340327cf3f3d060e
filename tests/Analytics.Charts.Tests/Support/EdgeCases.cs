using Analytics.Charts.Specs;

namespace Analytics.Charts.Tests.Support;

/// <summary>
/// Every kind of chart drawn from the same awkward member lists: none, all zero, negative values, a
/// single member, 200 members, long names, rare characters (猇亭区, 秭归县) and markup-like names.
/// </summary>
internal static class EdgeCases
{
    private static readonly (string Name, decimal Value)[] Regions =
        Demo.Regions.Select((r, i) => (r, 312.4m - 31.7m * i)).ToArray();

    public static IReadOnlyDictionary<string, (string Name, decimal Value)[]> Members { get; } = new Dictionary<string, (string, decimal)[]>
    {
        ["empty"] = [],
        ["zero"] = Regions.Select(r => (r.Name, 0m)).ToArray(),
        ["negative"] = Regions.Select((r, i) => (r.Name, i % 2 == 0 ? r.Value / 10 : -r.Value / 20)).ToArray(),
        ["single"] = [("全市", 1447.0m)],
        ["200"] = Enumerable.Range(1, 200).Select(i => ($"项目{i:000}", Math.Round(120m / i + i % 7, 1))).ToArray(),
        ["long-names"] =
        [
            ("江北新区现代产业园管理委员会招商服务中心（省级开发区）", 512.6m), ("高新技术产业开发区智能制造产业园", 388.0m),
            ("鸠江区", 301.5m), ("Jiangcheng Economic and Technological Development Zone", 127.9m),
        ],
        ["rare-characters"] = [("猇亭区", 96.5m), ("秭归县", 71.2m), ("夷陵区", 60.4m), ("点军区", 33.0m), ("虢亭镇", 12.8m)],
        ["xss"] = [(Demo.Xss, 10m), (Demo.XssAttribute, 20m), ("鸠江区 & 东湖区", 30m), ("=HYPERLINK(\"http://x\")", 5m)],
    };

    public static IEnumerable<(string Name, ChartSpec Spec)> All()
    {
        foreach (var (kind, build) in Kinds)
            foreach (var (name, members) in Members)
                yield return ($"{kind}-{name}", build(members));
    }

    private static readonly (string Kind, Func<(string Name, decimal Value)[], ChartSpec> Build)[] Kinds =
    [
        ("bar", m => new BarChartSpec
        {
            Title = "各地区实际到位资金",
            Categories = m.Select(x => x.Name).ToList(),
            Series = [new("2021年", m.Select(x => (decimal?)x.Value).ToList()), new("2020年", m.Select(x => (decimal?)(x.Value * 0.8m)).ToList())],
            Note = "数据来源：市投资促进中心",
        }),
        ("ranking", m => new RankingChartSpec { Title = "各地区实际到位资金排名", Items = m.Select(x => new RankingItem(x.Name, x.Value)).ToList(), Highlight = m.Length > 2 ? m[2].Name : null }),
        ("line", m => new LineChartSpec
        {
            Title = "实际到位资金累计",
            Categories = m.Select(x => x.Name).ToList(),
            Series = [ChartSeries.Cumulative("2021年", m.Select(x => (decimal?)x.Value).ToList()), new("2020年", m.Select(x => (decimal?)(x.Value * 0.9m)).ToList())],
            Target = m.Length == 0 ? null : m.Sum(x => x.Value) * 1.1m,
            TargetLabel = "年度目标",
        }),
        ("stacked", m => new StackedBarChartSpec
        {
            Title = "各地区实际到位资金来源构成",
            Categories = m.Select(x => x.Name).ToList(),
            Series =
            [
                new("省外资金", m.Select(x => (decimal?)(x.Value * 0.5m)).ToList()),
                new("本地资金", m.Select(x => (decimal?)(x.Value * 0.3m)).ToList()),
                new("外资", m.Select(x => (decimal?)(x.Value * 0.2m)).ToList()),
            ],
        }),
        ("donut", m => new DonutChartSpec { Title = "实际到位资金构成", Slices = m.Select(x => new DonutSlice(x.Name, x.Value)).ToList() }),
        ("funnel", m => new FunnelChartSpec { Title = "项目推进情况", Format = ValueFormat.Count("个"), Stages = m.Take(6).Select(x => new FunnelStage(x.Name, Math.Round(x.Value))).ToList() }),
        ("gauge", m => new GaugeChartSpec
        {
            Title = "目标完成情况",
            Rows = m.Select((x, i) => new GaugeRow(x.Name, x.Value, i == 1 ? 0 : Math.Abs(x.Value) * (1 + i % 3 * 0.2m) + 1)).ToList(),
            Schedule = 334m / 365m,
        }),
        ("sparkline", m => new SparklineSpec { Title = "月度实际到位资金", Values = m.Select(x => (decimal?)x.Value).ToList(), Labels = m.Select(x => x.Name).ToList() }),
    ];
}
