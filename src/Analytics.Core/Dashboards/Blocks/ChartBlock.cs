using System.Globalization;
using Analytics.Charts;
using Analytics.Charts.Specs;
using Analytics.Core.Dashboards.Blocks.Charts;
using Analytics.Core.Dashboards.Rendering;

namespace Analytics.Core.Dashboards.Blocks;

/// <summary>
/// A chart: <c>type</c> (bar, ranking, line, stacked, donut, funnel, gauge) of a <c>model</c> (kpis, rankings,
/// monthly, funnel, target_progress, investor_shares, activity_counts) with the model's options, and <c>title</c>,
/// <c>note</c>, <c>top</c> (first N members), <c>highlight</c> (a member drawn strong), <c>width</c>, <c>height</c>.
/// On the page: the image, a link to its data as CSV, and the data table.
/// </summary>
internal sealed class ChartBlock : IBlock
{
    private static readonly string[] Common = ["type", "model", "title", "note", "top", "highlight", "width", "height"];

    /// <summary>The models a public viewer's chart may read: those whose cells the disclosure rules protect (activities count no projects).</summary>
    private static readonly string[] PublicModels = ["kpis", "rankings", "monthly", "target_progress", "activity_counts"];

    public IReadOnlyList<string> Options => Common;

    /// <summary>The chart's spec, after the viewer's disclosure rule.</summary>
    public static (ChartSpec Spec, ChartData Data) Spec(BlockContext context, BlockOptions options)
    {
        var kind = options.Required("type", ChartSpecs.Kinds);
        if (!ChartSpecs.Kinds.Contains(kind)) throw new BlockException($"未知图表类型「{kind}」，可用：{string.Join("、", ChartSpecs.Kinds)}");
        var modelName = options.Required("model", ChartModels.Names);
        var model = ChartModels.Find(modelName) ?? throw new BlockException($"未知模型「{modelName}」，可用：{string.Join("、", ChartModels.Names)}");
        options.Allow([.. Common, .. model.Options]);
        if (context.Masked && PublicModels.All(m => m != modelName))
            throw new BlockException($"公开页面的图表只能使用模型 {string.Join("、", PublicModels)}（其余模型无法保证不被推算出涉及少于3个项目的数字）");
        var data = model.Read(context, options);
        if (options.Int("top", 1, 1000) is { } top)
            data = data with
            {
                Categories = data.Categories.Take(top).ToList(),
                Series = data.Series.Select(s => s with { Values = s.Values.Take(top).ToList(), Projects = s.Projects.Take(top).ToList() }).ToList(),
                Targets = data.Targets?.Take(top).ToList(),
            };
        var (masked, hidden) = ChartMask.Apply(data, context);
        var highlight = options.String("highlight") is { } h ? (h == "$region" ? context.Request.Region : h) : context.PageRegion;
        var spec = ChartSpecs.Build(kind, masked, data, hidden, options.String("title") ?? data.Title, options.String("note"), highlight, context);
        spec = spec with { Width = options.Int("width", 200, 1600), Height = options.Int("height", 120, 2000) };
        return (spec, masked);
    }

    public BlockResult Render(BlockContext context, BlockOptions options)
    {
        var (spec, data) = Spec(context, options);
        var table = Chart.Table(spec);
        var (w, h) = Chart.Size(spec);
        var (width, height) = (w.ToString(CultureInfo.InvariantCulture), h.ToString(CultureInfo.InvariantCulture));
        var html = context.Html();
        var request = context.Request;
        var alt = $"{spec.Title}：{Chart.Describe(spec)}";
        html.Open("div", "block chart-block").Open("figure", "chart", ("id", $"block-{options.Number.ToString(CultureInfo.InvariantCulture)}"));
        if (html.Email)
        {
            html.Open("img", null, ("src", "cid:" + ContentId(context.Page.Name, options.Number)), ("alt", alt), ("width", width), ("height", height),
                ("style", "display:block;max-width:100%;height:auto;border:0;"));
        }
        else
        {
            // A phone gets the chart drawn narrow (legible labels, fewer of them), not the wide image shrunk.
            var oneX = context.Links.ChartImage(context.Page.Name, options.Number, 1, request);
            var twoX = context.Links.ChartImage(context.Page.Name, options.Number, 2, request);
            var narrow = ChartSizing.Narrow(spec);
            html.Open("picture");
            if (!ReferenceEquals(narrow, spec))
            {
                var (nw, nh) = Chart.Size(narrow);
                var phone = ChartSizing.PhoneWidth;
                html.Open("source", null, ("media", $"(max-width: {ChartSizing.PhoneScreenMax}px)"),
                    ("srcset", $"{context.Links.NarrowChartImage(context.Page.Name, options.Number, 1, request, phone)} 1x, {context.Links.NarrowChartImage(context.Page.Name, options.Number, 2, request, phone)} 2x"),
                    ("width", nw.ToString(CultureInfo.InvariantCulture)), ("height", nh.ToString(CultureInfo.InvariantCulture)));
            }
            html.Open("img", null, ("src", oneX), ("srcset", $"{oneX} 1x, {twoX} 2x"), ("alt", alt),
                ("width", width), ("height", height), ("loading", "lazy"));
            html.Close("picture");
        }
        html.Element("figcaption", "caption", spec.Title).Close("figure").Line();
        DataTables.CsvLink(html, context, options.Number);
        if (!html.Email)
        {
            html.Open("details", "chart-data").Element("summary", null, "查看数据表").Line();
            var regionColumn = data.Dimension == "region" ? (spec is RankingChartSpec ? 1 : 0) : (int?)null;
            DataTables.Html(html, context, table, "data-table", regionColumn);
            html.Close("details").Line();
        }
        html.Close("div").Line();
        return new BlockResult(html.ToString(), "【图表】" + DataTables.Text(table), spec, table);
    }

    /// <summary>The Content-ID of a chart's image in an e-mail.</summary>
    public static string ContentId(string page, int block) => $"{page}-{block.ToString(CultureInfo.InvariantCulture)}@dashboards";
}
