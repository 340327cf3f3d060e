using System.Text.Json.Nodes;
using Analytics.Charts;
using Analytics.Charts.Specs;
using Analytics.Charts.Theme;

namespace ChartsBenchmark;

/// <summary>
/// One spec per chart kind with 30 members, and the same data in the shape the ECharts peer
/// (echarts/bench.mjs) builds its options from, at the size our chart came out.
/// </summary>
internal static class Workload
{
    private static readonly string[] Regions = ["鸠江区", "江北新区", "高新区", "经开区", "临江县", "青山县", "东湖区"];
    private static readonly string[] Sources = ["省外资金", "省内市外资金", "本地资金", "外资", "产业基金"];
    public const int Members = 30;

    private static string Member(int i) => $"{Regions[i % Regions.Length]}{i / Regions.Length + 1}号园区";
    private static decimal Value(int i, int salt = 0) => Math.Round(40m + ((i * 37 + salt * 11) % 97) * 3.1m, 1);

    public static IReadOnlyList<(string Kind, ChartSpec Spec)> Specs()
    {
        var names = Enumerable.Range(0, Members).Select(Member).ToList();
        var values = Enumerable.Range(0, Members).Select(i => (decimal?)Value(i)).ToList();
        var last = Enumerable.Range(0, Members).Select(i => (decimal?)Value(i, 1)).ToList();
        return
        [
            ("bar", new BarChartSpec { Title = "各园区实际到位资金（同比）", Categories = names,
                Series = [new ChartSeries("2021年", values), new ChartSeries("2020年", last)] }),
            ("ranking", new RankingChartSpec { Title = "各园区实际到位资金排名", MaxRows = Members, Highlight = names[5],
                Items = names.Select((n, i) => new RankingItem(n, values[i]!.Value)).ToList() }),
            ("line", new LineChartSpec { Title = "实际到位资金累计", Categories = names, Target = 9000m,
                Series = [ChartSeries.Cumulative("2021年", values), ChartSeries.Cumulative("2020年", last)] }),
            ("stacked", new StackedBarChartSpec { Title = "各园区实际到位资金来源构成", Categories = names,
                Series = Sources.Select((s, k) => new ChartSeries(s, names.Select((_, i) => (decimal?)Value(i, k)).ToList())).ToList() }),
            ("donut", new DonutChartSpec { Title = "各园区实际到位资金构成", MaxSlices = Members,
                Slices = names.Select((n, i) => new DonutSlice(n, values[i]!.Value)).ToList() }),
            ("funnel", new FunnelChartSpec { Title = "项目推进情况", Format = ValueFormat.Count(),
                Stages = names.Select((n, i) => new FunnelStage(n, 3000 - 90 * i)).ToList() }),
            ("gauge", new GaugeChartSpec { Title = "各园区目标完成情况", Schedule = 0.915m,
                Rows = names.Select((n, i) => new GaugeRow(n, values[i]!.Value, 300m)).ToList() }),
            ("sparkline", new SparklineSpec { Title = "月度实际到位资金", Values = values }),
        ];
    }

    /// <summary>The six charts of a weekly digest, with the office's seven regions.</summary>
    public static IReadOnlyList<ChartSpec> Digest()
    {
        decimal?[] funds = [312.4m, 268.9m, 245.1m, 221.7m, 156.3m, 128.4m, 114.2m];
        decimal?[] lastYear = [270.2m, 241.5m, 198.3m, 205.9m, 140.0m, 119.6m, 89.8m];
        decimal?[] monthly = [98.2m, 85.7m, 141.3m, 126.9m, 132.4m, 150.8m, 118.6m, 124.0m, 139.5m, 147.1m, 182.5m, null];
        decimal?[] monthlyLast = [72.4m, 41.8m, 118.9m, 120.3m, 119.7m, 131.2m, 109.5m, 112.8m, 121.6m, 126.4m, 190.2m, 204.6m];
        string[] months = ["1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"];
        return
        [
            new BarChartSpec { Title = "实际到位资金（同比）", Categories = Regions,
                Series = [new ChartSeries("2021年", funds), new ChartSeries("2020年", lastYear)] },
            new RankingChartSpec { Title = "实际到位资金排名", Highlight = "青山县",
                Items = Regions.Select((r, i) => new RankingItem(r, funds[i]!.Value)).ToList() },
            new LineChartSpec { Title = "全市实际到位资金累计", Categories = months, Target = 1600m,
                Series = [ChartSeries.Cumulative("2021年", monthly), ChartSeries.Cumulative("2020年", monthlyLast)] },
            new DonutChartSpec { Title = "实际到位资金来源构成",
                Slices = [new("省外资金", 654.3m), new("省内市外资金", 301.2m), new("本地资金", 248.9m), new("外资", 96.4m), new("产业基金", 146.2m)] },
            new FunnelChartSpec { Title = "新签约亿元以上项目推进情况", Format = ValueFormat.Count(),
                Stages = [new("签约", 643), new("开工", 343), new("投产", 268), new("入统", 240)] },
            new GaugeChartSpec { Title = "各地区目标完成情况", Schedule = 0.915m,
                Rows = Regions.Select((r, i) => new GaugeRow(r, funds[i]!.Value, 300m)).ToList() },
        ];
    }

    /// <summary>The data of one kind as the ECharts peer reads it, at our chart's size.</summary>
    public static JsonObject EChartsData(string kind, ChartSpec spec, (int Width, int Height) size)
    {
        var data = new JsonObject { ["title"] = spec.Title, ["width"] = size.Width, ["height"] = size.Height };
        switch (spec)
        {
            case BarChartSpec s:
                data["categories"] = Array(s.Categories);
                data["series"] = Series(s.Series);
                break;
            case LineChartSpec s:
                data["categories"] = Array(s.Categories);
                data["series"] = Series(s.Series);
                data["target"] = s.Target;
                break;
            case StackedBarChartSpec s:
                data["categories"] = Array(s.Categories);
                data["series"] = Series(s.Series);
                break;
            case RankingChartSpec s:
                var ordered = s.Items.OrderByDescending(i => i.Value).ToList();
                data["items"] = new JsonArray(ordered.Select((i, k) => (JsonNode)new JsonObject
                    { ["rank"] = k + 1, ["name"] = i.Name, ["value"] = i.Value, ["highlight"] = i.Name == s.Highlight }).ToArray());
                break;
            case DonutChartSpec s:
                data["slices"] = new JsonArray(s.Slices.Select(x => (JsonNode)new JsonObject { ["name"] = x.Name, ["value"] = x.Value }).ToArray());
                break;
            case FunnelChartSpec s:
                data["stages"] = new JsonArray(s.Stages.Select(x => (JsonNode)new JsonObject { ["name"] = x.Name, ["value"] = x.Value }).ToArray());
                break;
            case GaugeChartSpec s:
                data["schedule"] = s.Schedule;
                data["rows"] = new JsonArray(s.Rows.Select(r =>
                {
                    var light = TrafficLights.Classify(r.Completion, s.Schedule);
                    return (JsonNode)new JsonObject
                    {
                        ["name"] = r.Name, ["completion"] = r.Completion, ["color"] = Palette.Of(light), ["light"] = TrafficLights.Label(light),
                    };
                }).ToArray());
                break;
            case SparklineSpec s:
                data["values"] = new JsonArray(s.Values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());
                break;
        }
        return data;
    }

    private static JsonArray Array(IEnumerable<string> items) => new(items.Select(i => (JsonNode)JsonValue.Create(i)!).ToArray());

    private static JsonArray Series(IEnumerable<ChartSeries> series) => new(series.Select(s => (JsonNode)new JsonObject
    {
        ["name"] = s.Name,
        ["values"] = new JsonArray(s.Values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray()),
    }).ToArray());
}
