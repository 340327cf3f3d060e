using System.Text;
using Analytics.Web.Accounts;

namespace Analytics.Web.Pages;

/// <summary>
/// The brand bar of every page: the brand, a menu button that opens the navigation on a phone (a checkbox and its
/// label: no JavaScript), the pages, and the account's links (upload, status, accounts, log out) or the login.
/// </summary>
public static class SiteHeader
{
    /// <summary>A link of the navigation: its address, its title, whether it is the page shown.</summary>
    public sealed record Link(string Href, string Title, bool Current = false);

    public static void Append(StringBuilder html, string brand, IEnumerable<Link> pages, string? userName, string role)
    {
        html.Append("<header class=\"site-header\"><a class=\"brand\" href=\"/\">").Append(HtmlPage.Encode(brand)).Append("</a>")
            .Append("<input type=\"checkbox\" id=\"nav-toggle\" class=\"nav-toggle\" aria-label=\"菜单\"><label for=\"nav-toggle\" class=\"nav-button\">菜单</label>")
            .Append("<div class=\"nav-panel\"><nav aria-label=\"页面\"><ul>");
        foreach (var page in pages)
            html.Append("<li><a href=\"").Append(HtmlPage.Encode(page.Href)).Append('"').Append(page.Current ? " aria-current=\"page\"" : "").Append('>')
                .Append(HtmlPage.Encode(page.Title)).Append("</a></li>");
        html.Append("</ul></nav><div class=\"account\">");
        if (userName is not null)
        {
            if (role is AccountRoles.Admin or AccountRoles.Submitter) html.Append("<a href=\"/upload\">上报台账</a>");
            if (role is AccountRoles.Admin) html.Append("<a href=\"/status\">运行状态</a><a href=\"/admin/users\">账号</a>");
            html.Append("<span class=\"user\">").Append(HtmlPage.Encode(userName)).Append("</span>")
                .Append("<form method=\"post\" action=\"/logout\"><button type=\"submit\">退出</button></form>");
        }
        else
        {
            html.Append("<a href=\"/login\">登录</a>");
        }
        html.Append("</div></div></header>");
    }

    /// <summary>The pages a reader of <paramref name="role"/> may open, for pages outside the dashboards (status, errors, upload).</summary>
    public static IEnumerable<Link> Pages(string role)
    {
        yield return new Link("/", "招商引资统计数据");
        if (role is AccountRoles.Admin or AccountRoles.Viewer) yield return new Link("/weekly-briefing", "招商引资工作周报");
        if (role is not AccountRoles.Anonymous) yield return new Link("/region", "地区招商引资概况");
    }
}
