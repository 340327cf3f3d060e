using Analytics.Web.Caching;
using Analytics.Web.Pages;

namespace Analytics.Web.Endpoints;

/// <summary>The dashboards: <c>/</c> (public statistics), <c>/NAME</c>, their Word documents and workbooks, their charts and their tables (CSV, xlsx).</summary>
public static class PageEndpoints
{
    public static IEndpointRouteBuilder MapPages(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("").CacheOutput(SiteCachePolicy.Name).WithMetadata(SiteRateLimits.UncachedWork.Instance).ExcludeFromDescription();
        string[] getOrHead = [HttpMethods.Get, HttpMethods.Head]; // HEAD: the same headers, no body (link checkers, monitors)
        pages.MapMethods("/", getOrHead, (HttpContext context, SitePages site) => site.Page(context, "public-statistics"));
        pages.MapMethods("/{name:regex(^[a-z0-9][a-z0-9-]*$)}.docx", getOrHead, (string name, HttpContext context, SitePages site) => site.Word(context, name));
        pages.MapMethods("/{name:regex(^[a-z0-9][a-z0-9-]*$)}.xlsx", getOrHead, (string name, HttpContext context, SitePages site) => site.Workbook(context, name));
        pages.MapMethods("/{name:regex(^[a-z0-9][a-z0-9-]*$)}", getOrHead, (string name, HttpContext context, SitePages site) => site.Page(context, name));
        pages.MapMethods("/charts/{name}/{block:int}.png", getOrHead, (string name, int block, HttpContext context, SitePages site) => site.Chart(context, name, block, 1));
        pages.MapMethods("/charts/{name}/{block:int}@2x.png", getOrHead, (string name, int block, HttpContext context, SitePages site) => site.Chart(context, name, block, 2));
        // Charts were SVG before they were drawn by ScottPlot: old links lead to the PNG.
        pages.MapMethods("/charts/{name}/{block:int}.svg", getOrHead, (string name, int block, HttpContext context) =>
            Results.Redirect($"/charts/{Uri.EscapeDataString(name)}/{block}.png{context.Request.QueryString}", permanent: true));
        pages.MapMethods("/tables/{name}/{block:int}.csv", getOrHead, (string name, int block, HttpContext context, SitePages site) => site.Table(context, name, block));
        pages.MapMethods("/tables/{name}/{block:int}.xlsx", getOrHead, (string name, int block, HttpContext context, SitePages site) => site.BlockWorkbook(context, name, block));
        return app;
    }
}
