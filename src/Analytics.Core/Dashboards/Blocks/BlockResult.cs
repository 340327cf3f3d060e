using Analytics.Charts.Specs;
using Analytics.Charts.Tables;

namespace Analytics.Core.Dashboards.Blocks;

/// <summary>A rendered block: its HTML (web or e-mail), its plain text, and its chart spec or data table where it has one.</summary>
internal sealed record BlockResult(string Html, string Text, ChartSpec? Chart = null, ChartTable? Table = null)
{
    /// <summary>The block's headings and paragraphs for documents, where its text lines alone would lose which are headings.</summary>
    public IReadOnlyList<Outline.PagePart>? Outline { get; init; }
}
