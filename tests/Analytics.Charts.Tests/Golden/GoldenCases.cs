using Analytics.Charts.Specs;

namespace Analytics.Charts.Tests.Golden;

/// <summary>Every golden chart: a file name and the spec it is rendered from.</summary>
internal static partial class GoldenCases
{
    public static IReadOnlyList<(string Name, ChartSpec Spec)> All { get; } =
    [
        .. Bars(),
        .. Rankings(),
        .. Lines(),
        .. Stacks(),
        .. Donuts(),
        .. Funnels(),
        .. Gauges(),
        .. Sparklines(),
    ];

    public static ChartSpec Spec(string name) => All.Single(c => c.Name == name).Spec;

    public static IEnumerable<string> Names => All.Select(c => c.Name);
}
