using System.Globalization;
using Analytics.Charts;
using Analytics.Charts.Tables;
using Analytics.Core.Dashboards.Figures;
using Analytics.Core.Metrics;

namespace Analytics.Core.Dashboards.Blocks;

/// <summary>
/// A list of projects with names and investors, for internal pages only: on a public page it shows an error and
/// never reads a project. <c>list</c>: signed, started, producing, in_stats (by the date in the period), funds
/// (funds in the period's months), top (the largest signed in the year); <c>period</c> (default the request's),
/// <c>region</c>, <c>top</c> (at most N rows; 100 by default, 10 for list: top), <c>title</c>.
/// </summary>
internal sealed class ProjectsBlock : IBlock
{
    private const int DefaultRows = 100;

    /// <summary>The rows a list shows in an e-mail: a message leads with its summary, the full list is a link away.</summary>
    private const int EmailRows = 5;

    private static readonly Dictionary<string, (ProjectEvent Event, string Verb, string Date)> Lists = new(StringComparer.Ordinal)
    {
        ["signed"] = (ProjectEvent.Signed, "新签约", "签约日期"),
        ["started"] = (ProjectEvent.Started, "新开工", "开工日期"),
        ["producing"] = (ProjectEvent.Producing, "新投产", "投产日期"),
        ["in_stats"] = (ProjectEvent.InStats, "新入统", "入统日期"),
        ["funds"] = (ProjectEvent.Funds, "资金到位", "到位资金（亿元）"),
        ["top"] = (ProjectEvent.Signed, "签约", "签约日期"),
    };

    public IReadOnlyList<string> Options { get; } = ["list", "period", "region", "top", "title"];

    public BlockResult Render(BlockContext context, BlockOptions options)
    {
        // The rule comes first: a public page never reads a project, whatever its options.
        if (context.PublicPage) throw new BlockException("项目清单含项目名称和投资方，仅限内部页面显示，公开页面不予显示");
        options.Allow(Options);
        var listName = options.Choice("list", Lists.Keys);
        var (projectEvent, verb, dateHeader) = Lists[listName];
        var period = options.String("period") is not null
            ? options.Choice("period", ["ytd", "month", "week"]) switch { "month" => Period.Month, "week" => Period.Week, _ => Period.Ytd }
            : listName == "top" ? Period.Ytd : context.Request.Period;
        var region = context.Region(options);
        var limit = options.Int("top", 1, 1000) ?? (listName == "top" ? 10 : DefaultRows);
        var (from, to) = PeriodPhrase.Range(period, context.AsOf);
        // Funds are booked by month: a week shows its as-of date's month (never two months added across a month boundary).
        if (projectEvent == ProjectEvent.Funds && period == Period.Week) from = new DateOnly(to.Year, to.Month, 1);
        // The whole list is read so that the summary counts every project; the table shows the first rows.
        var all = context.Metrics.Projects(new ProjectQuery(projectEvent, from, to, region, listName == "top" ? limit : null));
        var html = context.Html();
        if (html.Email) limit = Math.Min(limit, EmailRows);
        var more = all.Count > limit;
        var projects = all.Take(limit).ToList();
        var phrase = PeriodPhrase.Of(period, context.AsOf);
        if (projectEvent == ProjectEvent.Funds) phrase = Months(from, to);
        var caption = options.String("title")
            ?? (listName == "top" ? $"{phrase}{region ?? "全市"}签约总投资前{limit}位项目" : $"{phrase}{region ?? "全市"}{verb}项目");
        var table = html.Email ? EmailTable(caption, projects, projectEvent, dateHeader) : Table(caption, projects, projectEvent, dateHeader);
        var summary = listName == "top" ? null : Summary(all, projectEvent, verb, phrase);
        html.Open("div", "block projects-block");
        if (summary is not null) html.Element("p", "summary", summary);
        if (projects.Count == 0) html.Element("p", "caption", caption).Element("p", "empty", "本期没有项目。");
        else
        {
            DataTables.Html(html, context, table, "projects", 3);
            DataTables.CsvLink(html, context, options.Number);
        }
        if (more && html.Email)
            html.Open("p", "caption").Text($"仅列出前{limit}个，共{all.Count}个：")
                .Link(context.Links.Page(context.Page.Name, context.AsOf, context.Request.Region), "在网站上查看全部").Close("p");
        else if (more) html.Element("p", "caption", $"仅列出前{limit}个，共{all.Count}个。");
        html.Close("div").Line();
        var text = (summary is null ? "" : summary + "\n") + (projects.Count == 0 ? caption + "\n本期没有项目。\n" : DataTables.Text(table))
            + (more ? $"仅列出前{limit}个，共{all.Count}个。\n" : "");
        return new BlockResult(html.ToString(), text, Table: table);
    }

    /// <summary>The months funds are counted for: "11月", "1—11月".</summary>
    private static string Months(DateOnly from, DateOnly to) => from.Month == to.Month ? $"{to.Month}月" : $"{from.Month}—{to.Month}月";

    private static string Summary(IReadOnlyList<ProjectEntry> projects, ProjectEvent projectEvent, string verb, string months) =>
        projectEvent == ProjectEvent.Funds
            ? $"{months}资金到位项目{projects.Count}个，合计{FigureFormat.Amount(projects.Sum(p => p.Funds ?? 0))}亿元（资金按月统计）。"
            : $"{verb}项目{projects.Count}个，协议总投资{FigureFormat.Amount(projects.Sum(p => p.Investment))}亿元。";

    private static ChartTable Table(string caption, IReadOnlyList<ProjectEntry> projects, ProjectEvent projectEvent, string dateHeader) => new(
        caption,
        ["序号", "项目名称", "投资方", "地区", "产业链", "协议总投资（亿元）", dateHeader],
        projects.Select((p, i) => (IReadOnlyList<string?>)
        [
            (i + 1).ToString(CultureInfo.InvariantCulture), p.Name, p.Investor, p.Region, p.IndustryChain, ValueFormat.Yi.FormatBare(p.Investment),
            projectEvent switch
            {
                ProjectEvent.Funds => p.Funds is { } f ? ValueFormat.Yi.FormatBare(f) : null,
                ProjectEvent.Started => Date(p.StartedOn),
                ProjectEvent.Producing => Date(p.ProducingOn),
                ProjectEvent.InStats => Date(p.InStatsOn),
                _ => Date(p.SignedOn),
            },
        ]).ToList());

    /// <summary>
    /// The list as an e-mail shows it: the project, its region and its amount (a phone's width holds three columns; the
    /// investor, chain and date are on the page the e-mail links to).
    /// </summary>
    private static ChartTable EmailTable(string caption, IReadOnlyList<ProjectEntry> projects, ProjectEvent projectEvent, string dateHeader) => new(
        caption,
        ["项目名称", "地区", projectEvent == ProjectEvent.Funds ? dateHeader : "协议总投资（亿元）"],
        projects.Select(p => (IReadOnlyList<string?>)
        [
            p.Name, p.Region,
            projectEvent == ProjectEvent.Funds ? (p.Funds is { } f ? ValueFormat.Yi.FormatBare(f) : null) : ValueFormat.Yi.FormatBare(p.Investment),
        ]).ToList());

    private static string? Date(DateOnly? date) => date is { } d ? PeriodPhrase.Iso(d) : null;
}
