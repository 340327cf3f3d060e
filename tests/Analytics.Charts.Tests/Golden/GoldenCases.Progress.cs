using Analytics.Charts.Specs;
using static Analytics.Charts.Tests.Support.Demo;

namespace Analytics.Charts.Tests.Golden;

internal static partial class GoldenCases
{
    private static IEnumerable<(string, ChartSpec)> Funnels()
    {
        yield return ("funnel-projects", new FunnelChartSpec
        {
            Title = "新签约亿元以上项目推进情况",
            Format = ValueFormat.Count("个"),
            Stages = [new("签约", 643), new("开工", 343), new("投产", 268), new("入统", 240)],
        });
        yield return ("funnel-phone", new FunnelChartSpec
        {
            Title = "新签约亿元以上项目推进情况",
            Width = 360,
            Format = ValueFormat.Count("个"),
            Stages = [new("已签约项目", 643), new("已开工项目", 343), new("已竣工投产项目", 12), new("已纳入统计项目", 0)],
        });
        yield return ("funnel-zero-start", new FunnelChartSpec
        {
            Title = "东湖区项目推进情况",
            Format = ValueFormat.Count("个"),
            Stages = [new("签约", 0), new("开工", 3), new("投产", 1), new("入统", 1)],
        });
        yield return ("funnel-empty", new FunnelChartSpec
        {
            Title = "项目推进情况",
            Format = ValueFormat.Count("个"),
            Stages = [],
        });
    }

    private static IEnumerable<(string, ChartSpec)> Gauges()
    {
        yield return ("gauge-city", new GaugeChartSpec
        {
            Title = "全市实际到位资金目标完成情况",
            Rows = [new("全市", 1447.0m, 1600m)],
            Schedule = 334m / 365m,
        });
        yield return ("gauge-regions", new GaugeChartSpec
        {
            Title = "各地区实际到位资金目标完成情况",
            Rows =
            [
                new("鸠江区", 312.4m, 320m), new("江北新区", 268.9m, 300m), new("高新区", 245.1m, 330m),
                new("经开区", 221.7m, 200m), new("临江县", 156.3m, 180m), new("青山县", 128.4m, 0m), new("东湖区", 114.2m, 170m),
            ],
            Schedule = 334m / 365m,
            NameHeader = "地区",
            Note = "注：完成率不低于时序进度为绿牌，低于时序进度10个百分点以内为黄牌，其余为红牌。",
        });
        yield return ("gauge-phone", new GaugeChartSpec
        {
            Title = "新开工亿元以上项目目标完成情况",
            Width = 360,
            Format = ValueFormat.Count("个"),
            Rows = [new("鸠江区", 96, 100), new("江北新区", 60, 90), new("经开区", 12, 80)],
            Schedule = 0.05m,
        });
        yield return ("gauge-empty", new GaugeChartSpec
        {
            Title = "各地区目标完成情况",
            Rows = [],
            Schedule = 0.5m,
        });
    }

    private static IEnumerable<(string, ChartSpec)> Sparklines()
    {
        yield return ("sparkline-funds", new SparklineSpec
        {
            Title = "鸠江区月度实际到位资金",
            Values = [21.5m, 18.2m, 30.4m, 27.7m, 29.1m, 33.0m, 25.8m, 26.6m, 30.2m, 32.9m, 37.0m, null],
            Labels = Months,
        });
        yield return ("sparkline-gaps-negative", new SparklineSpec
        {
            Title = "东湖区月度增速",
            Format = ValueFormat.Percent,
            Values = [0.12m, -0.05m, null, 0.08m, null, -0.2m, 0.3m, 0.1m],
        });
        yield return ("sparkline-single", new SparklineSpec
        {
            Title = "青山县月度实际到位资金",
            Values = [12.0m],
        });
        yield return ("sparkline-flat", new SparklineSpec
        {
            Title = "临江县月度新签约项目数",
            Format = ValueFormat.Count(),
            Values = [3, 3, 3, 3, 3],
        });
        yield return ("sparkline-empty", new SparklineSpec
        {
            Title = "经开区月度实际到位资金",
            Values = [],
        });
    }
}
