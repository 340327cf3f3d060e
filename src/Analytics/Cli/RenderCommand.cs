using System.CommandLine;
using System.Text;
using Analytics.Core.Dashboards;
using Analytics.Core.Documents;
using Analytics.Core.Ingest.Store;
using Analytics.Core.Metrics;
using Analytics.Jobs;
using Analytics.Web.Pages;

namespace Analytics.Cli;

/// <summary>
/// <c>analytics render NAME [--as-of D] [--region R] [--format text|html|docx|xlsx] [--out FILE]</c>: a dashboard
/// rendered without a server, by the site's renderer, as its audience sees it (a public page aggregate-only, as of its
/// published date). Text and HTML go to standard output unless <c>--out</c> names a file; Word and Excel need <c>--out</c>.
/// </summary>
internal static class RenderCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("NAME") { Description = "dashboards/ 中的页面名，如 weekly-briefing / a page of dashboards/" };
        var asOf = DateOption.Create("--as-of", "截止日期（默认数据的最后日期）/ the as-of date (default: the last date of the data)");
        var region = new Option<string?>("--region") { Description = "地区（只用于按地区的页面，如 region）/ the region, for pages about one region", HelpName = "地区" };
        var period = ChoiceOption.Optional<Period>("--period", "口径（默认页面的 period）/ the period (default: the page's)");
        var format = ChoiceOption.Optional<RenderFormat>("--format", "输出格式（默认 text）/ output format (default: text)");
        var output = new Option<string?>("--out") { Description = "写入文件（docx、xlsx 必填）/ write to a file (required for docx and xlsx)", HelpName = "FILE" };
        var data = CliOptions.Data();
        var command = new Command("render", "不启动网站，生成任一页面的文本、HTML、Word 或 Excel / render a dashboard as text, HTML, Word or Excel without a server")
        {
            name, asOf, region, period, format, output, data,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(format) is RenderFormat.Docx or RenderFormat.Xlsx && result.GetValue(output) is null)
                result.AddError("docx 与 xlsx 需要 --out FILE / docx and xlsx need --out FILE");
        });
        command.SetAction(parse => Run(parse.DataDirectory(data), parse.GetValue(name)!, parse.GetValue(asOf), parse.GetValue(region), parse.GetValue(period),
            parse.GetValue(format) ?? RenderFormat.Text, parse.GetValue(output), parse.GetValue(data)));
        return command;
    }

    private static int Run(string dataDirectory, string name, DateOnly? asOfGiven, string? region, Period? period, RenderFormat format, string? output, string? data)
    {
        var catalog = DashboardCatalog.LoadEach(DashboardCatalog.DefaultDirectory);
        if (catalog.Problems.TryGetValue(name, out var problem)) throw new UsageException($"页面文件有误 / bad page file: {problem}");
        var page = catalog.Find(name)
            ?? throw new UsageException($"没有名为「{name}」的页面，可用：{string.Join("、", catalog.Dashboards.Select(d => d.Name))} / no page \"{name}\"");
        var store = new DataStore(dataDirectory);
        if (store.CurrentId is not { } version) throw new UsageException("尚无数据：请先运行 analytics demo 或 analytics import / no data yet: run analytics demo or analytics import");
        using var connection = store.OpenCurrent();
        var metrics = new MetricsReader(connection, version);
        try
        {
            var asOf = asOfGiven ?? metrics.DataRange().Last;
            metrics.CheckAsOf(asOf);
            CheckRegion(page, region, metrics.Members("region"));
            var request = new PageRequest(asOf, period ?? page.DefaultPeriod, region, page.Audience);
            var rendered = new DashboardRenderer(metrics, new PageLinks()).Render(page, request);
            var letterhead = OfficeOptions.Read(JobsRegistration.LoadConfiguration(data)).ToLetterhead();
            var bytes = format switch
            {
                RenderFormat.Html => Encoding.UTF8.GetBytes(Html(page, rendered, request, metrics, letterhead)),
                RenderFormat.Docx => WordDocument.Write(rendered, letterhead),
                RenderFormat.Xlsx => ExcelWorkbook.Write(rendered),
                _ => Encoding.UTF8.GetBytes(TextDocument.Write(rendered)),
            };
            if (output is null) Console.Out.Write(Encoding.UTF8.GetString(bytes));
            else File.WriteAllBytes(output, bytes);
            foreach (var line in rendered.Problems) Console.Error.WriteLine($"警告 / warning: {line}");
            return 0;
        }
        catch (MetricsException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }
    }

    private static void CheckRegion(Dashboard page, string? region, IReadOnlyList<string> regions)
    {
        if (region is not null && !page.NeedsRegion)
            throw new UsageException($"「{page.Title}」不分地区，不能指定 --region / the page \"{page.Name}\" is not about one region: leave out --region");
        if (page.NeedsRegion && (region is null || !regions.Contains(region)))
            throw new UsageException((region is null ? "本页需要 --region，可选：" : $"未知地区「{region}」，可选：") + string.Join("、", regions)
                + (region is null ? " / the page needs --region" : $" / unknown region \"{region}\""));
    }

    /// <summary>The page in the site's frame, as an anonymous reader of a public page or a signed-in reader of an internal one sees it.</summary>
    private static string Html(Dashboard page, RenderedPage rendered, PageRequest request, MetricsReader metrics, Letterhead letterhead)
    {
        var (heading, body) = SitePages.SplitHeading(rendered.Html);
        return Layout.Render(new LayoutModel(page.Name, rendered.Title, heading, body, rendered.AsOf, request.Period,
            request.Region, rendered.DataVersion, metrics.DataRange(), null, [page], []) { Brand = letterhead.Brand });
    }
}
