using Analytics.Web.Caching;
using Analytics.Web.Pages;

namespace Analytics.Web.Accounts;

/// <summary>
/// Who may see what: anonymous readers the public pages; viewers and admins every internal page; a region submitter
/// the internal pages about one of their regions (the region page) and their own uploads; admins also accounts, uploads
/// of any region, the status and audit pages.
/// </summary>
public static class Access
{
    public static string Role(HttpContext context) => SiteCachePolicy.Role(context);

    public static bool IsAnonymous(HttpContext context) => Role(context) == AccountRoles.Anonymous;

    public static bool IsAdmin(HttpContext context) => Role(context) == AccountRoles.Admin;

    /// <summary>Admins and viewers: every internal page, the models API.</summary>
    public static bool SeesEverything(HttpContext context) => Role(context) is AccountRoles.Admin or AccountRoles.Viewer;

    /// <summary>Admins and submitters.</summary>
    public static bool MayUpload(HttpContext context) => Role(context) is AccountRoles.Admin or AccountRoles.Submitter;

    /// <summary>The regions of a submitter's session (empty for other readers).</summary>
    public static IReadOnlyList<string> Regions(HttpContext context) =>
        Role(context) == AccountRoles.Submitter ? SessionClaims.Regions(context.User) : [];

    /// <summary>True when the reader may see the internal figures of <paramref name="region"/>.</summary>
    public static bool SeesRegion(HttpContext context, string? region) =>
        SeesEverything(context) || (region is not null && Regions(context).Contains(region, StringComparer.Ordinal));

    /// <summary>The answer to a logged-in reader without the right: 403 with what they may do instead.</summary>
    public static IResult Forbidden(string message) => ErrorPages.Html(StatusCodes.Status403Forbidden, "无权访问", message);

    /// <summary>Anonymous readers go to the login; logged-in readers who are not admins get 403.</summary>
    public static IResult? RequireAdmin(HttpContext context) =>
        IsAnonymous(context) ? SitePages.LoginRedirect(context)
        : IsAdmin(context) ? null
        : Forbidden("此页面仅限管理员。");
}
