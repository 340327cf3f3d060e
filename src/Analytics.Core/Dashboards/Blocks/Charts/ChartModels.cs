namespace Analytics.Core.Dashboards.Blocks.Charts;

/// <summary>The models a chart block can read, by name.</summary>
internal static class ChartModels
{
    private static readonly IChartModel[] All =
    [
        new KpisChartModel(), new RankingsChartModel(), new MonthlyChartModel(), new FunnelChartModel(),
        new TargetChartModel(), new InvestorSharesChartModel(), new ActivityChartModel(),
    ];

    public static IEnumerable<string> Names => All.Select(m => m.Name);

    public static IChartModel? Find(string name) => All.FirstOrDefault(m => m.Name == name);
}
