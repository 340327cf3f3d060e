using Analytics.Charts.Plotting;
using Analytics.Charts.Specs;
using Analytics.Charts.Tests.Golden;

namespace Analytics.Charts.Tests.Support;

/// <summary>The specs every image test runs over (the reviewed golden ones and the edge cases) and their layouts.</summary>
internal static class Rendered
{
    public static IEnumerable<TestCaseData> Cases() =>
        GoldenCases.All.Concat(EdgeCases.All()).Select(c => new TestCaseData(c.Name).SetName(c.Name));

    public static ChartSpec Spec(string name) =>
        GoldenCases.All.Concat(EdgeCases.All()).First(c => c.Name == name).Spec;

    /// <summary>The chart laid out at 1×, with every text it drew and that text's box.</summary>
    public static ChartPlot LaidOut(string name)
    {
        var chart = ChartRenderers.Draw(Spec(name));
        chart.Layout();
        return chart;
    }
}
