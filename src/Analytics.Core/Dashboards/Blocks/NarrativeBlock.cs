using System.Text;
using Analytics.Core.Dashboards.Figures;
using Analytics.Core.Dashboards.Narrative;

namespace Analytics.Core.Dashboards.Blocks;

/// <summary>
/// Paragraphs written from the KPI report in the office's style (see shared/seeds): signings and starts with last
/// year's difference and the bands, projects under construction from outside the province, funds with YoY, start and
/// stats rates, and the regions lagging the schedule; on a week's page, first the week's projects. Options: <c>region</c>, <c>title</c>.
/// </summary>
internal sealed class NarrativeBlock : IBlock
{
    public IReadOnlyList<string> Options { get; } = ["region", "title"];

    public BlockResult Render(BlockContext context, BlockOptions options)
    {
        options.Allow(Options);
        var region = context.Region(options);
        var scope = context.Scope(region);
        var writer = new NarrativeWriter(scope, region ?? "全市", context.FiguresPhrase, context.YearToDate);
        var paragraphs = writer.Paragraphs(context.Kpis(region).Masked ?? context.Kpis(region).Open, region is null);
        // A week's briefing opens with the week; the year-to-date paragraphs follow.
        if (context.Request.Period == Period.Week) paragraphs.Insert(0, WeekSentences.Week(context, region));
        if (writer.Suppressed) context.MarkSuppressed();
        var html = context.Html();
        html.Open("div", "block narrative");
        if (options.String("title") is { } title) html.Element("p", "block-title", title);
        foreach (var paragraph in paragraphs) paragraph.Html(html, context);
        html.Close("div").Line();
        var text = new StringBuilder();
        if (options.String("title") is { } t) text.Append(t).Append('\n');
        foreach (var paragraph in paragraphs) text.Append("　　").Append(paragraph).Append('\n');
        return new BlockResult(html.ToString(), text.ToString());
    }
}
