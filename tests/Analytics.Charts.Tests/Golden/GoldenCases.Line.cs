using Analytics.Charts.Specs;
using static Analytics.Charts.Tests.Support.Demo;

namespace Analytics.Charts.Tests.Golden;

internal static partial class GoldenCases
{
    private static decimal?[] Funds2021 => [98.2m, 85.7m, 141.3m, 126.9m, 132.4m, 150.8m, 118.6m, 124.0m, 139.5m, 147.1m, 182.5m, null];
    private static decimal?[] Funds2020 => [72.4m, 41.8m, 118.9m, 120.3m, 119.7m, 131.2m, 109.5m, 112.8m, 121.6m, 126.4m, 190.2m, 204.6m];

    private static IEnumerable<(string, ChartSpec)> Lines()
    {
        yield return ("line-cumulative", new LineChartSpec
        {
            Title = "全市实际到位资金累计（1—11月份）",
            Categories = Months,
            Series = [ChartSeries.Cumulative("2021年", Funds2021), ChartSeries.Cumulative("2020年", Funds2020)],
            Target = 1600m,
            TargetLabel = "年度目标",
            Note = "注：2021年数据截至11月30日。",
        });
        yield return ("line-phone", new LineChartSpec
        {
            Title = "全市实际到位资金累计",
            Width = 360,
            Height = 280,
            Categories = Months,
            Series = [ChartSeries.Cumulative("2021年", Funds2021), ChartSeries.Cumulative("2020年", Funds2020)],
            Target = 1600m,
        });
        yield return ("line-monthly-negative", new LineChartSpec
        {
            Title = "月度实际到位资金同比增速",
            Categories = Months,
            Format = ValueFormat.Percent,
            Area = false,
            Series = [new ChartSeries("增速", Values(0.356m, 1.05m, 0.188m, 0.055m, 0.106m, 0.149m, 0.083m, 0.099m, 0.147m, 0.164m, -0.040m))],
        });
        yield return ("line-single-point", new LineChartSpec
        {
            Title = "全市实际到位资金累计",
            Categories = Months,
            Series = [new ChartSeries("2021年", [98.2m, null, null, null, null, null, null, null, null, null, null, null])],
        });
        yield return ("line-empty", new LineChartSpec
        {
            Title = "全市实际到位资金累计",
            Categories = Months,
            Series = [new ChartSeries("2021年", new decimal?[12])],
            Target = 1600m,
        });
    }
}
