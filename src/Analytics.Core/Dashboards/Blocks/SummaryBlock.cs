using System.Text;
using Analytics.Core.Dashboards.Narrative;

namespace Analytics.Core.Dashboards.Blocks;

/// <summary>
/// The year-end summary (年度工作总结) of the city, written by <see cref="AnnualSummaryWriter"/>: achievements, problems
/// and next year's plan, each part under its heading with numbered points. On a public page it names no project and
/// withholds figures from fewer than 3 projects. Options: <c>title</c>.
/// </summary>
internal sealed class SummaryBlock : IBlock
{
    public IReadOnlyList<string> Options { get; } = ["title"];

    public BlockResult Render(BlockContext context, BlockOptions options)
    {
        options.Allow(Options);
        var writer = new AnnualSummaryWriter(context);
        var parts = writer.Parts();
        if (writer.Suppressed) context.MarkSuppressed();
        var html = context.Html();
        var text = new StringBuilder();
        var outline = new List<Outline.PagePart>();
        html.Open("div", "block narrative summary");
        if (options.String("title") is { } title)
        {
            html.Element("p", "block-title", title);
            text.Append(title).Append('\n');
            outline.Add(new Outline.ParagraphPart(title));
        }
        foreach (var part in parts)
        {
            html.Element("h3", null, part.Heading).Line();
            text.Append(part.Heading).Append('\n');
            // 一、 is the part's own number: a document sets it as a first-level heading without numbering it again.
            outline.Add(new Outline.HeadingPart(2, part.Heading));
            foreach (var point in part.Points)
            {
                point.Html(html, context);
                text.Append("　　").Append(point).Append('\n');
                outline.Add(new Outline.ParagraphPart(point.ToString()!));
            }
        }
        html.Close("div").Line();
        return new BlockResult(html.ToString(), text.ToString()) { Outline = outline };
    }
}
