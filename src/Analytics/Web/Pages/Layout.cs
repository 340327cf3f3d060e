using System.Globalization;
using System.Text;
using Analytics.Core.Dashboards;
using Analytics.Web.Accounts;

namespace Analytics.Web.Pages;

/// <summary>
/// The HTML frame of every page: navigation, the as-of form (a plain GET form: works without JavaScript), the data
/// version and as-of line, the dashboard body, the footer. Every value is HTML-encoded here; the body comes encoded
/// from the dashboard renderer.
/// </summary>
public static class Layout
{
    private static readonly PageLinks Links = new();

    public static string Render(LayoutModel model)
    {
        var html = HtmlPage.Begin(model.Title, model.Brand);
        Header(html, model);
        html.Append("<main id=\"main\">");
        PageHead(html, model);
        html.Append("<article class=\"dashboard\">").Append(model.BodyHtml).Append("</article>");
        html.Append("</main>");
        html.Append("<footer class=\"site-footer\"><p>数据版本 ").Append(E(model.DataVersion)).Append(" · 截至 ")
            .Append(Date(model.AsOf)).Append(" · 金额单位：亿元</p></footer>");
        html.Append("</body></html>\n");
        return html.ToString();
    }

    private static void Header(StringBuilder html, LayoutModel model)
    {
        var pages = model.Navigation.Select(page => new SiteHeader.Link(
            Links.Page(page.Name, model.AsOf, page.Name == "region" && model.Regions.Count > 0 ? model.Regions[0] : null), page.Title, page.Name == model.Name));
        SiteHeader.Append(html, model.Brand, pages, model.UserName, model.Role);
        if (model.Regions.Count > 0)
        {
            html.Append("<nav class=\"regions\" aria-label=\"地区\"><ul>");
            foreach (var region in model.Regions)
            {
                var current = model.Name == "region" && region == model.Region ? " aria-current=\"page\"" : "";
                html.Append("<li><a href=\"").Append(E(Links.Region(region, model.AsOf))).Append('"').Append(current).Append('>')
                    .Append(E(region)).Append("</a></li>");
            }
            html.Append("</ul></nav>");
        }
    }

    private static void PageHead(StringBuilder html, LayoutModel model)
    {
        html.Append("<div class=\"page-head\"><h1>").Append(model.HeadingHtml ?? E(model.Title)).Append("</h1>");
        html.Append("<form class=\"asof\" method=\"get\" action=\"").Append(E("/" + model.Name)).Append("\">");
        if (model.Region is { } region) html.Append("<input type=\"hidden\" name=\"region\" value=\"").Append(E(region)).Append("\">");
        html.Append("<label>截至 <input type=\"date\" name=\"asOf\" value=\"").Append(Date(model.AsOf))
            .Append("\" min=\"").Append(Date(new DateOnly(model.DataRange.First.Year, 1, 1)))
            .Append("\" max=\"").Append(Date(new DateOnly(model.DataRange.Last.Year, 12, 31))).Append("\" required></label>");
        html.Append("<label>口径 <select name=\"period\">");
        foreach (var period in new[] { Period.Ytd, Period.Month, Period.Week })
        {
            html.Append("<option value=\"").Append(PeriodText.Name(period)).Append('"').Append(period == model.Period ? " selected" : "")
                .Append('>').Append(PageQuery.PeriodLabel(period)).Append("</option>");
        }
        html.Append("</select></label><button type=\"submit\">查看</button></form>");
        html.Append("<p class=\"meta\">截至 <time datetime=\"").Append(Date(model.AsOf)).Append("\">").Append(ChineseDate(model.AsOf))
            .Append("</time> · ").Append(PageQuery.PeriodLabel(model.Period)).Append(" · 数据更新至 <time datetime=\"").Append(Date(model.DataRange.Last)).Append("\" title=\"数据版本 ").Append(E(model.DataVersion)).Append("\">")
            .Append(ChineseDate(model.DataRange.Last)).Append("</time>")
            .Append(" · 数据覆盖 ").Append(Date(model.DataRange.First)).Append(" 至 ").Append(Date(model.DataRange.Last)).Append("</p>");
        var request = new PageRequest(model.AsOf, model.Period, model.Region, Audience.Public);
        html.Append("<p class=\"downloads page-downloads\"><a href=\"").Append(E(Links.Document(model.Name, "docx", request))).Append("\">下载 Word 文档</a> <a href=\"")
            .Append(E(Links.Document(model.Name, "xlsx", request))).Append("\">下载 Excel 表格</a></p></div>");
    }

    private static string E(string text) => HtmlPage.Encode(text);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string ChineseDate(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";
}
