namespace Analytics.Core.Dashboards;

/// <summary>
/// A dashboard rendered for one request. <paramref name="Html"/> is the body fragment only (the site wraps it in its
/// layout); <paramref name="Text"/> is the same content as plain text, for every flavor.
/// </summary>
/// <param name="Problems">One Chinese line per broken block or figure; the page still renders around them.</param>
/// <param name="Charts">The page's charts in block order.</param>
/// <param name="HasSuppressed">Some figure was withheld from a public viewer (shown as —, with a footnote).</param>
public sealed record RenderedPage(
    string Title,
    string Html,
    string Text,
    DateOnly AsOf,
    string DataVersion,
    IReadOnlyList<string> Problems,
    IReadOnlyList<PageChart> Charts,
    bool HasSuppressed)
{
    /// <summary>The page in reading order as headings, paragraphs, tables and charts (empty where the page was refused): what documents are written from.</summary>
    public IReadOnlyList<Outline.PagePart> Parts { get; init; } = [];
}
