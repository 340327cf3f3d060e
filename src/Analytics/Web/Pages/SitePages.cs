using System.Text;
using Analytics.Charts;
using Analytics.Core.Dashboards;
using Analytics.Core.Documents;
using Analytics.Core.Metrics;
using Analytics.Web.Accounts;
using Analytics.Web.Caching;
using Microsoft.Extensions.Options;

namespace Analytics.Web.Pages;

/// <summary>
/// Pages, their charts and their CSV tables. Internal dashboards answer anonymous readers with a redirect to the login
/// page, whatever the format; a bad query value gives 400 with the reason.
/// </summary>
public sealed partial class SitePages(SiteData data, DashboardSource dashboards, RenderCounter counter, IOptions<Jobs.OfficeOptions> office)
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];
    private const string WordContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private const string ExcelContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public IResult Page(HttpContext context, string name) => Handle(context, name, (dashboard, lease, request, isPublic) =>
    {
        counter.Page();
        var page = new DashboardRenderer(lease.Metrics, new PageLinks()).Render(dashboard, request);
        var viewer = context.User.Identity?.IsAuthenticated == true ? context.User.Identity.Name : null;
        var everything = Access.SeesEverything(context);
        var navigation = dashboards.Catalog.Dashboards
            .Where(d => d.Audience == Audience.Public || everything || (viewer is not null && d.NeedsRegion))
            .OrderBy(d => d.Name == "public-statistics" ? 0 : d.Audience == Audience.Public ? 1 : d.Name == "region" ? 3 : 2)
            .ThenBy(d => d.Name, StringComparer.Ordinal)
            .ToList();
        var regions = viewer is null ? [] : everything ? lease.Metrics.Members("region") : lease.Metrics.Members("region").Where(r => Access.SeesRegion(context, r)).ToList();
        var title = page.Title; // with the region's name when the page is about one
        // The page's own first heading (e.g. with the region's name) becomes the frame's heading, above the as-of form.
        var (heading, body) = SplitHeading(page.Html);
        var html = Layout.Render(new LayoutModel(dashboard.Name, title, heading, body, request.AsOf, request.Period, request.Region,
            lease.Version, lease.Metrics.DataRange(), viewer, navigation, regions, Access.Role(context)) { Brand = office.Value.LogoText });
        return ConditionalContent.Bytes(context, Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8", isPublic);
    });

    /// <summary>The page as a Word document in the official style, from the same parts as the page (a public one aggregate-only).</summary>
    public IResult Word(HttpContext context, string name) => Handle(context, name, (dashboard, lease, request, isPublic) =>
    {
        counter.Page();
        var page = new DashboardRenderer(lease.Metrics, new PageLinks()).Render(dashboard, request);
        var fileName = $"{page.Title}-{request.AsOf:yyyy-MM-dd}.docx";
        return ConditionalContent.Bytes(context, WordDocument.Write(page, office.Value.ToLetterhead()), WordContentType, isPublic, fileName);
    });

    /// <summary>The page's tables and charts as one workbook, a sheet each.</summary>
    public IResult Workbook(HttpContext context, string name) => Handle(context, name, (dashboard, lease, request, isPublic) =>
    {
        counter.Page();
        var page = new DashboardRenderer(lease.Metrics, new PageLinks()).Render(dashboard, request);
        return ConditionalContent.Bytes(context, ExcelWorkbook.Write(page), ExcelContentType, isPublic, $"{page.Title}-{request.AsOf:yyyy-MM-dd}.xlsx");
    });

    /// <summary>Block <paramref name="block"/>'s data as a workbook of one sheet, beside its CSV.</summary>
    public IResult BlockWorkbook(HttpContext context, string name, int block) => Handle(context, name, (dashboard, lease, request, isPublic) =>
    {
        counter.Chart();
        var table = new DashboardRenderer(lease.Metrics, new PageLinks()).Table(dashboard, block, request);
        var workbook = ExcelWorkbook.Write([new ExcelWorkbook.Sheet(table.Table, ExcelWorkbook.Note(table.AsOf, table.DataVersion, table.HasSuppressed))]);
        return ConditionalContent.Bytes(context, workbook, ExcelContentType, isPublic, $"{dashboard.Title}-{block}-{table.AsOf:yyyy-MM-dd}.xlsx");
    });

    /// <summary>Block <paramref name="block"/> of page <paramref name="name"/> as a PNG at <paramref name="scale"/> (1 or 2) device pixels per px.</summary>
    public IResult Chart(HttpContext context, string name, int block, int scale) => Handle(context, name, (dashboard, lease, request, isPublic) =>
    {
        counter.Chart();
        var spec = new DashboardRenderer(lease.Metrics, new PageLinks()).Chart(dashboard, block, request);
        if (context.Request.Query["w"].ToString() is { Length: > 0 } w)
            spec = w == ChartSizing.PhoneWidth.ToString(System.Globalization.CultureInfo.InvariantCulture)
                ? ChartSizing.Narrow(spec)
                : throw new BadQueryException($"图表宽度 w 只能为 {ChartSizing.PhoneWidth}（手机版），发现「{w}」。");
        return ConditionalContent.Bytes(context, Charts.Chart.RenderPng(spec, scale), "image/png", isPublic);
    });

    public IResult Table(HttpContext context, string name, int block) => Handle(context, name, (dashboard, lease, request, isPublic) =>
    {
        counter.Chart();
        var (title, csv) = new DashboardRenderer(lease.Metrics, new PageLinks()).CsvFile(dashboard, block, request);
        // Excel opens a UTF-8 CSV with Chinese text correctly only with the byte-order mark.
        var body = Utf8Bom.Concat(Encoding.UTF8.GetBytes(csv)).ToArray();
        // Named after what it holds (the block's title), with the date the figures are as of.
        var fileName = $"{FileName(title.Length > 0 ? title : dashboard.Title)}-{request.AsOf:yyyy-MM-dd}.csv";
        return ConditionalContent.Bytes(context, body, "text/csv; charset=utf-8", isPublic, fileName);
    });

    private IResult Handle(HttpContext context, string name, Func<Dashboard, DataLease, PageRequest, bool, IResult> render)
    {
        var dashboard = dashboards.Find(name);
        if (dashboard is null && dashboards.Catalog.Problems.TryGetValue(name, out var problem))
            return ErrorPages.Html(StatusCodes.Status500InternalServerError, "页面文件有误", problem);
        if (dashboard is null) return ErrorPages.NotFound($"没有名为「{name}」的页面。");
        var isPublic = dashboard.Audience == Audience.Public;
        if (!isPublic && SiteCachePolicy.Role(context) == "anonymous") return LoginRedirect(context);
        var version = context.Items[SiteCachePolicy.VersionItem] as string ?? data.CurrentVersion();
        if (version is null) return ErrorPages.NoData();
        try
        {
            var query = PageQuery.Parse(context.Request.Query);
            using var lease = data.Open(version);
            var asOf = query.AsOf ?? lease.Metrics.DataRange().Last;
            lease.Metrics.CheckAsOf(asOf);
            // A page that is not about one region shows the whole city's figures: under a region's name that would mislead
            // (and a public page has no view by region to which the disclosure rules could apply), so it is refused.
            if (query.Region is not null && !dashboard.NeedsRegion)
                throw new BadQueryException($"「{dashboard.Title}」不分地区，不能按地区查看；请去掉 region 参数。");
            // The public sees published dates only (month ends): the page says which.
            if (isPublic) asOf = Core.Dashboards.Suppression.PublicFigures.PublishedDate(lease.Metrics, asOf);
            if (query.Region is { } region && !lease.Metrics.Members("region").Contains(region))
                throw new BadQueryException($"未知地区「{region}」，可选：{string.Join("、", lease.Metrics.Members("region"))}。");
            // A public page is rendered for the public even for a logged-in reader: its copies and CSVs are the same for everyone.
            // A submitter sees the internal pages about one of their regions only.
            if (!isPublic && !Access.SeesRegion(context, dashboard.NeedsRegion ? query.Region : null))
            {
                if (dashboard.NeedsRegion && query.Region is null && Access.Regions(context) is [var own, ..])
                    return TypedResults.Redirect(new Core.Dashboards.PageLinks().Region(own, asOf));
                return Access.Forbidden("地区填报员只能查看本地区的页面。");
            }
            var request = new PageRequest(asOf, query.Period ?? dashboard.DefaultPeriod, query.Region, dashboard.Audience);
            return render(dashboard, lease, request, isPublic);
        }
        catch (BadQueryException e)
        {
            return ErrorPages.BadRequest(e.Message);
        }
        catch (MetricsException e)
        {
            return ErrorPages.BadRequest(ChinesePart(e.Message));
        }
        catch (DashboardException e)
        {
            return ErrorPages.NotFound(e.Message);
        }
    }

    /// <summary>A title as a file name: no path separators, reserved or control characters, at most 80 characters.</summary>
    private static string FileName(string title)
    {
        var name = new string(title.Select(c => char.IsControl(c) || "/\\:*?\"<>|".Contains(c) ? '-' : c).ToArray()).Trim();
        return name.Length > 80 ? name[..80] : name;
    }

    public static IResult LoginRedirect(HttpContext context)
    {
        var returnUrl = context.Request.Path + context.Request.QueryString;
        return TypedResults.Redirect("/login?returnUrl=" + Uri.EscapeDataString(returnUrl));
    }

    /// <summary>A page body's own first heading (already encoded), which the frame shows above the as-of form, and the rest of the body.</summary>
    public static (string? Heading, string Body) SplitHeading(string html)
    {
        var heading = LeadingHeading().Match(html);
        return heading.Success ? (heading.Groups[1].Value, html[heading.Length..]) : (null, html);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*<h1[^>]*>(.*?)</h1>\s*", System.Text.RegularExpressions.RegexOptions.Singleline)]
    private static partial System.Text.RegularExpressions.Regex LeadingHeading();

    /// <summary>The Chinese half of a bilingual message ("中文 / English").</summary>
    public static string ChinesePart(string message) => message.Split(" / ")[0];
}
