namespace Analytics.Core.Dashboards.Blocks;

/// <summary>What is wrong with a block, in Chinese, for the page's author; the page shows it in place of the block.</summary>
internal sealed class BlockException(string message) : Exception(message);
