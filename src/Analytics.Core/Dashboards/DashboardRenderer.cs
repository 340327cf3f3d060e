using Analytics.Charts;
using Analytics.Charts.Specs;
using Analytics.Core.Dashboards.Blocks;
using Analytics.Core.Dashboards.Figures;
using Analytics.Core.Dashboards.Outline;
using Analytics.Core.Dashboards.Rendering;
using Analytics.Core.Dashboards.Suppression;
using Analytics.Core.Metrics;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Analytics.Core.Dashboards;

/// <summary>
/// Renders a dashboard for a request against one data version: the page body as HTML (web or e-mail) and text, each
/// chart's spec, and each block's data as CSV. Blocks are numbered 0, 1, 2, … in document order, so a chart or table
/// URL re-evaluates one block. Broken blocks show a message in place; the rest of the page still renders.
/// </summary>
public sealed class DashboardRenderer(MetricsReader metrics, PageLinks links)
{
    public RenderedPage Render(Dashboard page, PageRequest request)
    {
        request = Published(request);
        var problems = new List<string>();
        var title = page.NeedsRegion && request.Region is { } named ? $"{named} · {page.Title}" : page.Title;
        if (Refusal(page, request) is { } refusal)
        {
            if (refusal.Problem.Length > 0) problems.Add(refusal.Problem);
            return new RenderedPage(title, refusal.Html, refusal.Text, request.AsOf, metrics.DataVersion, problems, [], false);
        }
        var context = new BlockContext(page, request, metrics, links);
        var document = Markdown.Parse(page.Body, PagePipeline.Instance);
        var blocks = PageBlock.Find(document, page);
        var results = blocks.ToDictionary(b => b.Fence, b => BlockRunner.Run(context, b, problems.Add));
        FigureScope? scope = null;
        try
        {
            scope = context.Scope(context.PageRegion);
        }
        catch (MetricsException e)
        {
            problems.Add(e.Message.Split(" / ")[0]);
        }
        var figures = new InlineFigures(scope, problems.Add, context.MarkSuppressed);
        PageDecorator.Apply(document, context.HtmlFlavor, links);
        var html = request.Flavor == PageFlavor.Text ? "" : Html(document, results, figures, context.HtmlFlavor);
        var pageText = new PageText(results, figures, links);
        var text = pageText.Write(document);
        var parts = new PageOutline(blocks.ToDictionary(b => b.Fence, b => (b.Number, results[b.Fence])), pageText).Write(document);
        if (context.HasSuppressed)
        {
            html += new HtmlBuilder(context.HtmlFlavor).Element("p", "suppressed-note", Disclosure.Footnote).Line();
            text += "\n" + Disclosure.Footnote + "\n";
        }
        var charts = blocks.Where(b => results[b.Fence].Chart is not null)
            .Select(b => new PageChart(b.Number, results[b.Fence].Chart!, ChartBlock.ContentId(page.Name, b.Number)))
            .ToList();
        return new RenderedPage(title, html, text, request.AsOf, metrics.DataVersion, problems, charts, context.HasSuppressed) { Parts = parts };
    }

    /// <summary>The spec of chart block #<paramref name="block"/>; a <see cref="DashboardException"/> where there is no such chart or it cannot be made.</summary>
    public ChartSpec Chart(Dashboard page, int block, PageRequest request)
    {
        var (context, found) = Find(page, block, request);
        if (found.Kind != "chart") throw new DashboardException($"{found.Label}不是图表");
        return Guard(() => ChartBlock.Spec(context, found.Options()).Spec);
    }

    /// <summary>The data of block #<paramref name="block"/> (a chart or a table) as CSV.</summary>
    public string Csv(Dashboard page, int block, PageRequest request) => CsvFile(page, block, request).Csv;

    /// <summary>The data of block #<paramref name="block"/> as CSV with the block's title (its table's caption), to name the file after.</summary>
    public (string Title, string Csv) CsvFile(Dashboard page, int block, PageRequest request)
    {
        var (context, found) = Find(page, block, request);
        var table = found.Kind == "chart"
            ? Analytics.Charts.Chart.Table(Guard(() => ChartBlock.Spec(context, found.Options()).Spec))
            : Guard(() => BlockRunner.Render(context, found)).Table ?? throw new DashboardException($"{found.Label}没有数据表");
        return (table.Caption, DataTables.Csv(table));
    }

    /// <summary>The data table of block #<paramref name="block"/> (a chart or a table) as the viewer may see it, for a workbook.</summary>
    public BlockTable Table(Dashboard page, int block, PageRequest request)
    {
        var (context, found) = Find(page, block, request);
        var table = found.Kind == "chart"
            ? Analytics.Charts.Chart.Table(Guard(() => ChartBlock.Spec(context, found.Options()).Spec))
            : Guard(() => BlockRunner.Render(context, found)).Table ?? throw new DashboardException($"{found.Label}没有数据表");
        return new BlockTable(table, context.Request.AsOf, metrics.DataVersion, context.HasSuppressed);
    }

    private (BlockContext Context, PageBlock Block) Find(Dashboard page, int block, PageRequest request)
    {
        request = Published(request);
        if (Refusal(page, request) is { } refusal) throw new DashboardException(refusal.Problem.Length > 0 ? refusal.Problem : "本页需要选择地区（region）");
        var document = Markdown.Parse(page.Body, PagePipeline.Instance);
        var found = PageBlock.Find(document, page).FirstOrDefault(b => b.Number == block)
            ?? throw new DashboardException($"{page.Name} 没有区块#{block}");
        return (new BlockContext(page, request, metrics, links), found);
    }

    private static T Guard<T>(Func<T> make)
    {
        try
        {
            return make();
        }
        catch (Exception e) when (e is BlockException or FigureException or MetricsException)
        {
            throw new DashboardException(e.Message.Split(" / ")[0]);
        }
    }

    /// <summary>A public viewer's request moved to its published date (a month end: see <see cref="PublishedDates"/>).</summary>
    private PageRequest Published(PageRequest request)
    {
        if (request.Viewer != Audience.Public) return request;
        try
        {
            return request with { AsOf = PublicFigures.PublishedDate(metrics, request.AsOf) };
        }
        catch (MetricsException)
        {
            return request; // refused below, with the reason
        }
    }

    /// <summary>Why a page is not rendered at all for a request: an internal page for a public viewer, a date outside the data, a region page without a region.</summary>
    private (string Html, string Text, string Problem)? Refusal(Dashboard page, PageRequest request)
    {
        var flavor = request.Flavor == PageFlavor.Email ? PageFlavor.Email : PageFlavor.Web;
        (string, string, string) Message(string message) =>
            (new HtmlBuilder(flavor).Open("div", "block-error", ("role", "alert")).Text(message).Close("div").Line().ToString(), message + "\n", message);
        if (page.Audience == Audience.Internal && request.Viewer == Audience.Public) return Message("此页面仅供内部使用，公众无法查看。");
        try
        {
            metrics.CheckAsOf(request.AsOf);
            if (request.Viewer == Audience.Public) PublicFigures.PublishedDate(metrics, request.AsOf);
        }
        catch (MetricsException e)
        {
            return Message(e.Message.Split(" / ")[0]);
        }
        if (!page.NeedsRegion) return null;
        var regions = metrics.Members("region");
        if (request.Region is { } region && regions.Contains(region)) return null;
        var html = new HtmlBuilder(flavor).Open("div", "message");
        var heading = request.Region is null ? "请选择地区：" : $"未知地区「{request.Region}」，请选择：";
        html.Element("p", null, heading).Open("ul", "region-list");
        foreach (var name in regions) html.Open("li").Link(links.Region(name, request.AsOf), name).Close("li");
        html.Close("ul").Close("div").Line();
        var text = heading + string.Join("、", regions) + "\n";
        return request.Region is null ? (html.ToString(), text, "") : (html.ToString(), text, heading + string.Join("、", regions));
    }

    private static string Html(MarkdownDocument document, Dictionary<FencedCodeBlock, BlockResult> results, InlineFigures figures, PageFlavor flavor)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        PagePipeline.Instance.Setup(renderer);
        renderer.ObjectRenderers.Insert(0, new BlockHtmlRenderer(results));
        renderer.ObjectRenderers.Insert(0, new FigureHtmlRenderer(figures, flavor));
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }
}
