using Analytics.Web.Caching;
using Analytics.Web.Pages;

namespace Analytics.Web.Endpoints;

/// <summary>The dashboards: <c>/</c> (public statistics), <c>/NAME</c>, their charts and their CSV tables.</summary>
public static class PageEndpoints
{
    public static IEndpointRouteBuilder MapPages(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("").CacheOutput(SiteCachePolicy.Name).WithMetadata(SiteRateLimits.UncachedWork.Instance).ExcludeFromDescription();
        pages.MapGet("/", (HttpContext context, SitePages site) => site.Page(context, "public-statistics"));
        pages.MapGet("/{name:regex(^[a-z0-9][a-z0-9-]*$)}", (string name, HttpContext context, SitePages site) => site.Page(context, name));
        pages.MapGet("/charts/{name}/{block:int}.svg", (string name, int block, HttpContext context, SitePages site) => site.Chart(context, name, block, "svg"));
        pages.MapGet("/charts/{name}/{block:int}.png", (string name, int block, HttpContext context, SitePages site) => site.Chart(context, name, block, "png"));
        pages.MapGet("/tables/{name}/{block:int}.csv", (string name, int block, HttpContext context, SitePages site) => site.Table(context, name, block));
        return app;
    }
}
