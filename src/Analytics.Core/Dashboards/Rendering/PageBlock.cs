using Analytics.Core.Dashboards.Blocks;
using Analytics.Core.Dashboards.Parsing;
using Markdig.Syntax;

namespace Analytics.Core.Dashboards.Rendering;

/// <summary>A dashboard block of a page: its fenced code block, its number (0, 1, 2, … in document order), kind and file line.</summary>
internal sealed record PageBlock(FencedCodeBlock Fence, int Number, string Kind, int Line)
{
    /// <summary>The page's blocks: every fenced block with an info string other than text or code.</summary>
    public static List<PageBlock> Find(MarkdownDocument document, Dashboard page) =>
        document.Descendants<FencedCodeBlock>()
            .Where(f => BlockKinds.IsBlock(f.Info))
            .Select((f, i) => new PageBlock(f, i, (f.Info ?? "").Trim(), page.BodyLine + f.Line))
            .ToList();

    /// <summary>The block's name in messages: 区块#3（chart，第42行）.</summary>
    public string Label => $"区块#{Number}（{Kind}，第{Line}行）";

    /// <summary>The block's options; YAML that cannot be read is a <see cref="BlockException"/> naming the file's line.</summary>
    public BlockOptions Options()
    {
        var lines = (Fence.Lines.Lines ?? []).Take(Fence.Lines.Count).Select(l => l.Slice.ToString()).ToList();
        try
        {
            return new BlockOptions(Kind, YamlText.Load(lines, Line + 1).Root, Number);
        }
        catch (YamlLineException e)
        {
            throw new BlockException($"第{e.Line}行：{e.Message}");
        }
    }
}
