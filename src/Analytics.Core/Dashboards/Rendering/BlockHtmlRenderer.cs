using Analytics.Core.Dashboards.Blocks;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Analytics.Core.Dashboards.Rendering;

/// <summary>Writes a dashboard block's HTML in place of its fenced code; other fenced code is written as code.</summary>
internal sealed class BlockHtmlRenderer(IReadOnlyDictionary<FencedCodeBlock, BlockResult> results) : HtmlObjectRenderer<FencedCodeBlock>
{
    private readonly CodeBlockRenderer code = new();

    protected override void Write(HtmlRenderer renderer, FencedCodeBlock block)
    {
        if (results.TryGetValue(block, out var result)) renderer.EnsureLine().Write(result.Html);
        else ((Markdig.Renderers.IMarkdownObjectRenderer)code).Write(renderer, block);
    }
}
