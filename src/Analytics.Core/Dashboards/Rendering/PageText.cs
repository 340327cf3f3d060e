using System.Text;
using Analytics.Core.Dashboards.Blocks;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Analytics.Core.Dashboards.Rendering;

/// <summary>Writes a page as plain text (the text part of an e-mail): headings, paragraphs, lists, tables and blocks, links with their address.</summary>
internal sealed class PageText(IReadOnlyDictionary<FencedCodeBlock, BlockResult> results, InlineFigures figures, PageLinks links)
{
    private readonly StringBuilder text = new();

    public string Write(MarkdownDocument document)
    {
        foreach (var block in document) Block(block, "");
        return text.ToString().TrimEnd() + "\n";
    }

    private void Block(Block block, string indent)
    {
        switch (block)
        {
            case HeadingBlock heading:
                var title = Inlines(heading.Inline);
                text.Append(indent).Append(heading.Level <= 1 ? $"{title}\n{new string('=', Math.Max(4, title.Length * 2))}" : $"【{title}】").Append("\n\n");
                break;
            case ParagraphBlock paragraph:
                text.Append(indent).Append(Inlines(paragraph.Inline)).Append("\n\n");
                break;
            case FencedCodeBlock fence when results.TryGetValue(fence, out var result):
                text.Append(result.Text.TrimEnd()).Append("\n\n");
                break;
            case CodeBlock code:
                foreach (var line in (code.Lines.Lines ?? []).Take(code.Lines.Count)) text.Append(indent).Append("    ").Append(line.Slice.ToString()).Append('\n');
                text.Append('\n');
                break;
            case ListBlock list:
                var number = 1;
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    var marker = list.IsOrdered ? $"{number++}. " : "- ";
                    var start = text.Length;
                    foreach (var child in item) Block(child, indent + "  ");
                    // The item's first line starts with its marker instead of the indent.
                    if (text.Length > start) text.Remove(start, Math.Min(indent.Length + 2, text.Length - start)).Insert(start, indent + marker);
                    while (text.Length > 1 && text[^1] == '\n' && text[^2] == '\n') text.Length--;
                }
                text.Append('\n');
                break;
            case QuoteBlock quote:
                foreach (var child in quote) Block(child, indent + "> ");
                break;
            case Table table:
                foreach (var row in table.OfType<TableRow>())
                    text.Append(indent).Append(string.Join(" | ", row.OfType<TableCell>().Select(c => string.Concat(c.OfType<ParagraphBlock>().Select(p => Inlines(p.Inline)))))).Append('\n');
                text.Append('\n');
                break;
            case ThematicBreakBlock:
                text.Append(indent).Append("——————\n\n");
                break;
            case ContainerBlock container:
                foreach (var child in container) Block(child, indent);
                break;
        }
    }

    /// <summary>A paragraph's or heading's inlines as text: figures written, links followed by their address.</summary>
    public string Inlines(ContainerInline? container)
    {
        if (container is null) return "";
        var line = new StringBuilder();
        foreach (var inline in container) Inline(inline, line);
        return line.ToString();
    }

    private void Inline(Inline inline, StringBuilder line)
    {
        switch (inline)
        {
            case FigureInline figure: line.Append(figures.Write(figure.Expression).Text); break;
            case LiteralInline literal: line.Append(literal.Content.ToString()); break;
            case CodeInline code: line.Append(code.Content); break;
            case LineBreakInline br: line.Append(br.IsHard ? "\n" : ""); break;
            case HtmlEntityInline entity: line.Append(entity.Transcoded.ToString()); break;
            case AutolinkInline auto: line.Append(auto.Url); break;
            case LinkInline link:
                var label = new StringBuilder();
                foreach (var child in link) Inline(child, label);
                line.Append(label);
                if (!link.IsImage && link.Url is { Length: > 0 } url && url != label.ToString()) line.Append('（').Append(links.Absolute(url)).Append('）');
                break;
            case ContainerInline container:
                foreach (var child in container) Inline(child, line);
                break;
        }
    }
}
