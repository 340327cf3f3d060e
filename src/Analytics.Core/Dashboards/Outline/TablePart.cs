using Analytics.Charts.Tables;

namespace Analytics.Core.Dashboards.Outline;

/// <summary>A table: a block's data table (<paramref name="Block"/> its number on the page) or a table written in the page's Markdown (no block).</summary>
public sealed record TablePart(ChartTable Table, int? Block) : PagePart;
