using System.Text;
using YamlDotNet.RepresentationModel;

namespace Analytics.Core.Dashboards.Blocks;

/// <summary>
/// A row of headline figures: each a path into the KPI report (<c>figure</c>), a <c>label</c>, an optional
/// <c>unit</c> and a comparison with the same period last year (<c>compare</c>: difference, yoy, previous, none).
/// Written as a bare list of figures, or with <c>region</c> / <c>title</c> and a <c>figures</c> list.
/// </summary>
internal sealed class KpiBlock : IBlock
{
    private static readonly string[] FigureKeys = ["figure", "label", "unit", "compare"];

    public IReadOnlyList<string> Options { get; } = ["region", "title", "figures"];

    public BlockResult Render(BlockContext context, BlockOptions options)
    {
        options.Allow(Options);
        var list = options.List ?? options.Node("figures") as YamlSequenceNode
            ?? throw new BlockException("应列出指标（- figure: 路径），例如 - figure: signed.atLeast.1");
        var region = options.List is null ? context.Region(options) : context.PageRegion;
        var scope = context.Scope(region);
        var figures = new List<KpiFigure>();
        foreach (var item in list.Children)
        {
            if (item is not YamlMappingNode map) throw new BlockException("每个指标应写成「- figure: 路径」及 label、unit、compare");
            var unknown = map.Children.Keys.Select(k => (k as YamlScalarNode)?.Value ?? "").FirstOrDefault(k => !FigureKeys.Contains(k));
            if (unknown is not null) throw new BlockException($"指标的未知选项「{unknown}」，可用：{string.Join("、", FigureKeys)}");
            string? Get(string key) => Parsing.YamlText.Value(map, key) is YamlScalarNode { Value.Length: > 0 } s ? s.Value : null;
            var path = Get("figure") ?? throw new BlockException("指标缺少 figure（KPI 报告中的路径，如 funds.inPlace）");
            try
            {
                figures.Add(KpiFigure.Evaluate(scope, path, Get("label"), Get("unit"), Get("compare")));
            }
            catch (Figures.FigureException e)
            {
                throw new BlockException(e.Message);
            }
        }
        if (figures.Any(f => f.Suppressed)) context.MarkSuppressed();
        var title = options.String("title");
        var caption = title ?? $"{(region ?? "全市")} · {Caption(context)}";
        return new BlockResult(Html(context, title, region, figures), Text(caption, figures));
    }

    /// <summary>1—11月份累计, or under <c>?period=month</c> 11月份.</summary>
    private static string Caption(BlockContext context) => context.Request.Period == Period.Month ? context.FiguresPhrase : context.YearToDate + "累计";

    private static string Html(BlockContext context, string? title, string? region, List<KpiFigure> figures)
    {
        var html = context.Html();
        html.Open("div", "block kpis").Open("p", "caption");
        if (title is not null) html.Text(title);
        else
        {
            context.RegionName(html, region ?? "全市");
            html.Text($" · {Caption(context)}");
        }
        html.Close("p");
        if (html.Email)
        {
            // E-mail clients lay out tables, not flex boxes: two figures a row, which fit a phone's width as well.
            html.Open("table", "kpi-row", ("role", "presentation"));
            foreach (var row in figures.Chunk(2))
            {
                html.Open("tr");
                foreach (var figure in row) Card(html.Open("td", "kpi"), figure).Close("td");
                html.Close("tr");
            }
            html.Close("table");
        }
        else
        {
            html.Open("div", "kpi-row");
            foreach (var figure in figures) Card(html.Open("div", "kpi"), figure).Close("div");
            html.Close("div");
        }
        return html.Close("div").Line().ToString();
    }

    private static Rendering.HtmlBuilder Card(Rendering.HtmlBuilder html, KpiFigure figure)
    {
        html.Element("p", "kpi-label", figure.Label)
            .Open("p", "kpi-value").Text(figure.Value).Element("span", "kpi-unit", figure.Unit).Close("p");
        if (figure.Compare is not null)
            html.Element("p", figure.Direction switch { > 0 => "kpi-compare up", < 0 => "kpi-compare down", _ => "kpi-compare" }, figure.Compare);
        return html;
    }

    private static string Text(string caption, List<KpiFigure> figures)
    {
        var text = new StringBuilder(caption).Append('\n');
        foreach (var f in figures)
            text.Append(f.Label).Append('：').Append(f.Value).Append(f.Unit).Append(f.Compare is null ? "" : $"（{f.Compare}）").Append('\n');
        return text.ToString();
    }
}
