using Markdig;

namespace Analytics.Core.Dashboards.Rendering;

/// <summary>
/// The Markdown a page is written in: CommonMark with pipe tables and CJK-friendly emphasis, raw HTML off (a
/// <c>&lt;script&gt;</c> in a page shows as text), and <c>{{ … }}</c> figures.
/// </summary>
internal static class PagePipeline
{
    public static MarkdownPipeline Instance { get; } = Build();

    private static MarkdownPipeline Build()
    {
        var builder = new MarkdownPipelineBuilder().DisableHtml().UsePipeTables().UseCjkFriendlyEmphasis();
        builder.InlineParsers.Insert(0, new FigureInlineParser());
        return builder.Build();
    }
}
