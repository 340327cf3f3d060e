using Analytics.Charts.Tables;
using Analytics.Core.Dashboards.Blocks;
using Analytics.Core.Dashboards.Outline;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace Analytics.Core.Dashboards.Rendering;

/// <summary>
/// Walks a page into its parts (<see cref="PagePart"/>): headings, paragraphs, tables and charts, from the same block
/// results as the HTML and the text. Inline text is written as in the text part (<see cref="PageText.Inlines"/>).
/// </summary>
internal sealed class PageOutline(IReadOnlyDictionary<FencedCodeBlock, (int Number, BlockResult Result)> blocks, PageText text)
{
    private readonly List<PagePart> parts = [];

    public IReadOnlyList<PagePart> Write(MarkdownDocument document)
    {
        foreach (var block in document) Block(block, "");
        return parts;
    }

    private void Block(Block block, string marker)
    {
        switch (block)
        {
            case HeadingBlock heading:
                parts.Add(new HeadingPart(heading.Level, text.Inlines(heading.Inline)));
                break;
            case ParagraphBlock paragraph:
                parts.Add(new ParagraphPart(marker + text.Inlines(paragraph.Inline)));
                break;
            case FencedCodeBlock fence when blocks.TryGetValue(fence, out var found):
                Result(found.Number, found.Result);
                break;
            case ListBlock list:
                var number = 1;
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    var first = true;
                    foreach (var child in item)
                    {
                        Block(child, first ? (list.IsOrdered ? $"{number}. " : "· ") : "");
                        first = false;
                    }
                    number++;
                }
                break;
            case Table table:
                var rows = table.OfType<TableRow>()
                    .Select(r => (IReadOnlyList<string?>)r.OfType<TableCell>().Select(c => (string?)string.Concat(c.OfType<ParagraphBlock>().Select(p => text.Inlines(p.Inline)))).ToList())
                    .ToList();
                if (rows.Count > 0) parts.Add(new TablePart(new ChartTable("", rows[0].Select(h => h ?? "").ToList(), rows[1..]), null));
                break;
            case ContainerBlock container:
                foreach (var child in container) Block(child, marker);
                break;
        }
    }

    private void Result(int number, BlockResult result)
    {
        if (result.Outline is { } outline) parts.AddRange(outline);
        else if (result.Chart is { } chart && result.Table is { } data) parts.Add(new ChartPart(number, chart, data));
        else if (result.Table is { Rows.Count: > 0 } table) parts.Add(new TablePart(table, number));
        else
            foreach (var line in result.Text.Split('\n').Select(l => l.Trim().Trim('　')).Where(l => l.Length > 0))
                parts.Add(new ParagraphPart(line));
    }
}
