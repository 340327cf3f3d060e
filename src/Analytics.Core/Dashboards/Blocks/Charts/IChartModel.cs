namespace Analytics.Core.Dashboards.Blocks.Charts;

/// <summary>A model a chart can read (the <c>model</c> option): its own options and how it turns rows into chart data.</summary>
internal interface IChartModel
{
    string Name { get; }

    /// <summary>The options the model reads, beyond those every chart has.</summary>
    IReadOnlyList<string> Options { get; }

    ChartData Read(BlockContext context, BlockOptions options);
}
