namespace Analytics.Core.Dashboards.Blocks;

/// <summary>A kind of block (the info string of a fenced block: kpis, chart, ranking, lights, projects, narrative).</summary>
internal interface IBlock
{
    /// <summary>The options the block reads; any other is an error.</summary>
    IReadOnlyList<string> Options { get; }

    BlockResult Render(BlockContext context, BlockOptions options);
}
